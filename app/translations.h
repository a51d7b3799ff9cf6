// SPDX-License-Identifier: MIT
#pragma once

class QCoreApplication;

// Installs Qt's and the app's translators for the user's locale. English is always the fallback: its .ts holds
// the plural forms of the source strings ("%n task(s)"). The translators are children of the application.
void installTranslations(QCoreApplication *app);
