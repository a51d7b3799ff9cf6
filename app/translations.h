// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCoreApplication;

// Installs the translators for the first of the user's languages (QLocale().uiLanguages(), in order) that the app
// has a catalogue for: Qt's own qtbase_ catalogue of that language, then the app's, which is searched first.
// English is the fallback: its catalogue holds the plural forms of the source strings ("%n task(s)"). A later call
// (a test switching language) replaces the translators of the earlier one; they are children of the application.
// Returns the language installed ("de", "fr", "en_US"), empty when no catalogue could be loaded.
QString installTranslations(QCoreApplication *app);
