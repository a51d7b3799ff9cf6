// SPDX-License-Identifier: MIT
// The base-URL normaliser: normalising twice equals normalising once, and a normalised URL, saved as text, is
// accepted back unchanged; plain http only ever for loopback.
#include "connection.h"
#include "fuzzcheck.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const BaseUrlResult once = normaliseBaseUrl(text);
    FUZZ_CHECK(once.url.isEmpty() != once.error.isEmpty());
    if (once.url.isEmpty())
        return 0;
    FUZZ_CHECK(once.url.scheme() == QLatin1String("https") || isLoopbackHost(once.url.host()));
    const QString saved = baseUrlText(once.url);
    const BaseUrlResult twice = normaliseBaseUrl(saved);
    FUZZ_CHECK(twice.error.isEmpty());
    FUZZ_CHECK(twice.url == once.url);
    FUZZ_CHECK(baseUrlText(twice.url) == saved);
    // The id stays one segment below the normalised base.
    const QUrl task = taskUrl(once.url, QStringLiteral("a/b"));
    FUZZ_CHECK(task.isValid());
    FUZZ_CHECK(task.path(QUrl::FullyEncoded).endsWith(QLatin1String("/api/v1/assessments/async_tasks/a%2Fb")));
    return 0;
}
