#include "MainWindow.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "AccountsPanel.h"
#include "DiagnoseView.h"
#include "Icons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

namespace md::gui {

namespace {

// The window's settings keys, in one place.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");

}  // namespace

MainWindow::MainWindow(QWidget *parent) : MainWindow(nullptr, nullptr, parent)
{
}

MainWindow::MainWindow(ProfileStore *profiles, CredentialStore *credentials, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Mail Doctor"));
    if (!profiles) {
        m_ownProfiles = std::make_unique<ProfileStore>();
        profiles = m_ownProfiles.get();
    }
    if (!credentials)
        credentials = m_ownCredentials = new KeychainCredentialStore(this);

    m_view = new DiagnoseView(this);
    m_accounts = new AccountsPanel(profiles, credentials, m_view, this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_accounts);
    splitter->addWidget(m_view);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 170, 1030 });
    setCentralWidget(splitter);
    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(1200, 860);
    restoreState(settings.value(kStateKey).toByteArray());
    splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

MainWindow::~MainWindow()
{
    // The view's controller goes first (it cancels a running check); the panel may still hold
    // keychain callbacks, which the store drops when it is destroyed.
    m_view->shutdown();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *save = file->addAction(icon("save"), tr("&Save report…"), m_view, &DiagnoseView::saveReportAs);
    save->setShortcut(QKeySequence::Save);
    save->setEnabled(false);
    connect(m_view, &DiagnoseView::reportAvailable, save, &QAction::setEnabled);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *check = menuBar()->addMenu(tr("&Check"));
    QAction *sending = check->addAction(
        icon("send"), tr("Check &sending"), this, [this] { m_view->runChecks(DiagnoseView::Run::Sending); });
    sending->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *receiving = check->addAction(
        icon("receive"), tr("Check &receiving"), this, [this] { m_view->runChecks(DiagnoseView::Run::Receiving); });
    receiving->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *both = check->addAction(
        icon("both"), tr("Check &both"), this, [this] { m_view->runChecks(DiagnoseView::Run::Both); });
    both->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    check->addSeparator();
    QAction *cancel = check->addAction(icon("cancel"), tr("&Cancel"), m_view, &DiagnoseView::cancel);
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    cancel->setEnabled(false);
    connect(m_view, &DiagnoseView::runningChanged, this, [=](bool running) {
        for (QAction *a : { sending, receiving, both })
            a->setEnabled(!running);
        cancel->setEnabled(running);
    });

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find in transcript…"), m_view, &DiagnoseView::startFind);
    find->setShortcut(QKeySequence::Find);
    QAction *copyAll = edit->addAction(tr("Copy whole &transcript"), m_view, &DiagnoseView::copyAllTranscript);
    copyAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Mail Doctor"), this, [this] {
        auto *box = new QMessageBox(QMessageBox::Information, tr("About Mail Doctor"),
            tr("Mail Doctor %1 checks your mail server settings and explains in plain "
               "words what is wrong and how to fix it.")
                .arg(QApplication::applicationVersion()),
            QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A running check is cancelled right here: nothing is left behind.
    m_view->shutdown();
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(kSplitterKey, splitter->saveState());
    event->accept();
}

}  // namespace md::gui
