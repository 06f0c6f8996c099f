#include "i18n/Language.h"

#include <memory>
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace md::i18n {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");

// The translators this module installed, owned by the application object.
std::vector<QTranslator *> &installed()
{
    static std::vector<QTranslator *> translators;
    return translators;
}

QString &currentLanguage()
{
    static QString language = kEnglish;
    return language;
}

// The translator of file `name` in `dir`, owned by `app`; nothing when there is no such file.
std::unique_ptr<QTranslator> load(QCoreApplication *app, const QString &name, const QString &dir)
{
    auto translator = std::make_unique<QTranslator>(app);
    if (!translator->load(name, dir))
        return nullptr;
    return translator;
}

// Installs a loaded translator (none: nothing) and keeps it for the next installTranslators().
void install(std::unique_ptr<QTranslator> translator)
{
    if (!translator)
        return;
    QCoreApplication::installTranslator(translator.get());
    installed().push_back(translator.release());
}

QString readProcessEnvironment(const char *name)
{
    return qEnvironmentVariable(name);
}

// "de_DE.UTF-8@euro" → "de"; "C", "POSIX", "C.UTF-8" → "" (the C locale: English).
QString languageCode(const QString &locale)
{
    QString code = locale.trimmed();
    for (const QChar separator : { QLatin1Char('.'), QLatin1Char('@') }) {
        const qsizetype at = code.indexOf(separator);
        if (at >= 0)
            code.truncate(at);
    }
    if (code == QLatin1String("C") || code == QLatin1String("POSIX"))
        return {};
    const qsizetype underscore = code.indexOf(QLatin1Char('_'));
    if (underscore >= 0)
        code.truncate(underscore);
    const qsizetype dash = code.indexOf(QLatin1Char('-'));
    if (dash >= 0)
        code.truncate(dash);
    return code.toLower();
}

}  // namespace

QStringList shippedLanguages()
{
    QStringList languages;
    const QStringList files
        = QDir(kResourceDir).entryList({ QStringLiteral("maildoctor_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(11, file.size() - 11 - 3);  // "maildoctor_" … ".qm"
    return languages;
}

QString languageFromEnvironment(const EnvironmentReader &env)
{
    const EnvironmentReader read = env ? env : EnvironmentReader(readProcessEnvironment);
    const QStringList shipped = shippedLanguages();
    const auto known = [&shipped](const QString &code) { return code == kEnglish || shipped.contains(code); };

    // LANGUAGE: a priority list; the first entry we can speak wins.
    const QStringList preferred = read("LANGUAGE").split(QLatin1Char(':'), Qt::SkipEmptyParts);
    for (const QString &entry : preferred) {
        const QString code = languageCode(entry);
        if (known(code))
            return code;
    }
    // Then the locale categories, as the C library reads them: the first one set decides.
    for (const char *name : { "LC_ALL", "LC_MESSAGES", "LANG" }) {
        const QString value = read(name);
        if (value.isEmpty())
            continue;
        const QString code = languageCode(value);
        return known(code) ? code : kEnglish;
    }
    return kEnglish;
}

QString chooseLanguage(const QString &override, const EnvironmentReader &env)
{
    if (override == kEnglish || shippedLanguages().contains(override))
        return override;
    return languageFromEnvironment(env);
}

bool installTranslators(const QString &language)
{
    auto *app = QCoreApplication::instance();
    for (QTranslator *translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
    if (currentLanguage() != kEnglish)
        QLocale::setDefault(QLocale::system());
    currentLanguage() = kEnglish;
    if (!app)
        return language == kEnglish || language.isEmpty();
    if (language == kEnglish || language.isEmpty()) {
        // English needs no translation, only its plural forms ("%n message(s)" → "1 message").
        install(load(app, QStringLiteral("plurals_en"), kResourceDir));
        return true;
    }

    std::unique_ptr<QTranslator> own = load(app, QStringLiteral("maildoctor_") + language, kResourceDir);
    if (!own)
        return false;
    // Qt's own strings (QCommandLineParser's "Usage:", dialog buttons...): optional.
    install(load(app, QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    // Ours last: the translator installed last is asked first.
    install(std::move(own));
    currentLanguage() = language;
    QLocale::setDefault(QLocale(language));
    return true;
}

QString installedLanguage()
{
    return currentLanguage();
}

UntranslatedScope::UntranslatedScope()
{
    for (QTranslator *translator : installed()) {
        if (QCoreApplication::removeTranslator(translator))
            m_removed.push_back(translator);
    }
}

UntranslatedScope::~UntranslatedScope()
{
    for (QTranslator *translator : m_removed)
        QCoreApplication::installTranslator(translator);
}

}  // namespace md::i18n
