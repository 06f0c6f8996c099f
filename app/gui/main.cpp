// maildoctor: the desktop app. A thin front end on the core's checks.
#include "AppIdentity.h"
#include "AutoRun.h"
#include "MainWindow.h"
#include "i18n/Language.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("maildoctor"));
    QApplication::setOrganizationName(QStringLiteral("MailDoctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mail Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(MAILDOCTOR_VERSION));
    QApplication::setDesktopFileName(md::applicationId());  // Wayland shells match the menu entry
    QApplication::setWindowIcon(md::applicationIcon());
    // The system's language, unless the app's settings chose one (Edit > Language).
    md::i18n::installTranslators(
        md::i18n::chooseLanguage(QSettings().value(md::i18n::kLanguageSettingsKey).toString()));

    md::gui::MainWindow window;
    window.show();
    const QString script = qEnvironmentVariable("MAILDOCTOR_GUI_SCRIPT");
    if (!script.isEmpty())
        (new md::gui::AutoRun(&window, script))->start();
    else if (window.hasNoAccounts())
        window.addAccount();  // first start: straight to the setup assistant
    return app.exec();
}
