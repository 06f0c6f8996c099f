// maildoctor: the desktop app. A thin front end on the core's checks.
#include "AppIdentity.h"
#include "AutoRun.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("maildoctor"));
    QApplication::setOrganizationName(QStringLiteral("MailDoctor"));
    QApplication::setApplicationDisplayName(QStringLiteral("Mail Doctor"));
    QApplication::setApplicationVersion(QStringLiteral(MAILDOCTOR_VERSION));
    QApplication::setDesktopFileName(md::applicationId());  // Wayland shells match the menu entry
    QApplication::setWindowIcon(md::applicationIcon());

    md::gui::MainWindow window;
    window.show();
    const QString script = qEnvironmentVariable("MAILDOCTOR_GUI_SCRIPT");
    if (!script.isEmpty())
        (new md::gui::AutoRun(&window, script))->start();
    return app.exec();
}
