#pragma once
// Which language Mail Doctor speaks, and loading its translations.
//
// The language follows the environment the way gettext reads it: the LANGUAGE colon list first
// (the first entry Mail Doctor ships wins; "en" means English), then the first of LC_ALL,
// LC_MESSAGES and LANG that is set ("C" and "POSIX" mean English). QLocale::system() alone does
// not honour LANGUAGE, so this does it itself. The app's settings may override the choice.
//
// Machine output (JSON, finding codes) never depends on the language: the CLI installs no
// translator in --json mode, and the app writes its JSON report untranslated (see
// UntranslatedScope).

#include <functional>
#include <memory>
#include <QString>
#include <QStringList>
#include <vector>

class QTranslator;

namespace md::i18n {

// The source language of every string.
inline const QString kEnglish = QStringLiteral("en");

// The languages Mail Doctor ships a translation for ("de", "fr", ...), from the embedded .qm
// files; English is not in the list (it needs none).
[[nodiscard]] QStringList shippedLanguages();

// Reads an environment variable; the default reads the process environment.
using EnvironmentReader = std::function<QString(const char *name)>;

// The language the environment asks for: one of shippedLanguages() or kEnglish.
[[nodiscard]] QString languageFromEnvironment(const EnvironmentReader &env = {});

// The language to use: `override` when it is kEnglish or shipped, else the environment's.
[[nodiscard]] QString chooseLanguage(const QString &override, const EnvironmentReader &env = {});

// Installs Mail Doctor's translator and Qt's own (qtbase_<lang>.qm from
// QLibraryInfo::path(QLibraryInfo::TranslationsPath)) on the running QCoreApplication, and makes
// QLocale's default the language's. Returns false when Mail Doctor's own file could not be
// loaded (Qt's missing file is not an error: its strings then stay English). Installing kEnglish
// installs only the English plural forms ("%n message(s)" reads "1 message", "3 messages") and
// returns true.
bool installTranslators(const QString &language);

// The language installTranslators() installed last (kEnglish before any call).
[[nodiscard]] QString installedLanguage();

// While alive, the installed translators are removed, so tr() returns the English source text
// (plurals as "%n message(s)", as in the CLI's JSON);
// they come back when it ends. For machine output made inside a translated app.
class UntranslatedScope
{
public:
    UntranslatedScope();
    ~UntranslatedScope();
    UntranslatedScope(const UntranslatedScope &) = delete;
    UntranslatedScope &operator=(const UntranslatedScope &) = delete;

private:
    std::vector<QTranslator *> m_removed;
};

// The settings key of the app's language override ("" or absent: follow the system).
inline const QString kLanguageSettingsKey = QStringLiteral("language");

}  // namespace md::i18n
