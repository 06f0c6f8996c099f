#include "MainWindow.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "AccountsPanel.h"
#include "DiagnoseView.h"
#include "i18n/Language.h"
#include "Icons.h"
#include "oauth/Provider.h"
#include "wizard/SetupWizard.h"

#include <QAction>
#include <QActionGroup>
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
    m_profiles = profiles;
    m_credentials = credentials;
    m_wizardOptions = std::make_unique<SetupOptions>();
    m_providers = std::make_unique<oauth::ProviderRegistry>();
    {
        QSettings settings;
        m_providers->loadSettings(settings);  // oauth/clients/<id>/client_id, custom providers
    }

    m_view = new DiagnoseView(this);
    m_view->setCredentialStore(credentials);  // OAuth2 sign-ins
    m_accounts = new AccountsPanel(profiles, credentials, m_view, this);
    m_accounts->setProviders(providers());
    connect(m_view, &DiagnoseView::signInRequested, this, &MainWindow::signInAgain);
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
    QAction *add = file->addAction(icon("account"), tr("&Add account…"), this, [this] { addAccount(); });
    add->setShortcut(QKeySequence::New);
    add->setObjectName(QStringLiteral("addAccount"));
    QAction *editSettings = file->addAction(tr("&Edit settings…"), this, [this] { editAccount(); });
    editSettings->setObjectName(QStringLiteral("editSettings"));
    editSettings->setToolTip(tr("Change the selected account's settings with the setup assistant"));
    file->addSeparator();
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

    edit->addSeparator();
    QMenu *language = edit->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    const QString chosen = QSettings().value(i18n::kLanguageSettingsKey).toString();
    // Each language by its own name, so it can be found whatever language the app speaks now.
    const QList<QPair<QString, QString>> choices { { QString(), tr("&System default") },
        { i18n::kEnglish, QStringLiteral("English") }, { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") } };
    for (const auto &[code, name] : choices) {
        if (!code.isEmpty() && code != i18n::kEnglish && !i18n::shippedLanguages().contains(code))
            continue;
        QAction *action = language->addAction(name);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == chosen);
        action->setData(code);
        languages->addAction(action);
    }
    connect(languages, &QActionGroup::triggered, this, [this](QAction *action) {
        const QString code = action->data().toString();
        QSettings settings;
        if (code == settings.value(i18n::kLanguageSettingsKey).toString())
            return;
        settings.setValue(i18n::kLanguageSettingsKey, code);
        statusBar()->showMessage(tr("The language changes when you start Mail Doctor again."));
    });

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

void MainWindow::setWizardOptions(const SetupOptions &options)
{
    *m_wizardOptions = options;
    m_accounts->setProviders(providers());
}

const oauth::ProviderRegistry *MainWindow::providers() const
{
    return m_wizardOptions->providers ? m_wizardOptions->providers : m_providers.get();
}

bool MainWindow::hasNoAccounts() const
{
    ProfileStore::Error error;
    const auto accounts = m_profiles->accounts(&error);
    return accounts && accounts->isEmpty();  // an unreadable file is not "no accounts"
}

SetupWizard *MainWindow::openWizard(const std::optional<Account> &existing, bool signInOnly)
{
    SetupOptions options = *m_wizardOptions;
    options.profiles = m_profiles;
    options.credentials = m_credentials;
    options.providers = providers();
    auto *wizard = new SetupWizard(options, existing, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (signInOnly)
        wizard->startAtSignIn();
    const QString edited = existing ? existing->name : QString();
    connect(wizard, &SetupWizard::accepted, this, [this, edited] {
        m_accounts->reload();
        // The forms show the account as the wizard saved it (a new sign-in, other servers).
        if (!edited.isEmpty() && m_accounts->currentAccount() == edited)
            m_accounts->reloadSelected();
    });
    connect(wizard, &SetupWizard::openAccountRequested, this, [this](const QString &name) {
        m_accounts->reload();
        m_accounts->selectAccount(name);
        raise();
        activateWindow();
    });
    wizard->open();
    return wizard;
}

SetupWizard *MainWindow::addAccount()
{
    return openWizard(std::nullopt);
}

std::optional<Account> MainWindow::selectedSavedAccount(const QString &noneSelected)
{
    const QString name = m_accounts->currentAccount();
    if (name.isEmpty()) {
        statusBar()->showMessage(noneSelected, 8000);
        return std::nullopt;
    }
    ProfileStore::Error error;
    std::optional<Account> account = m_profiles->find(name, &error);
    if (!account)
        statusBar()->showMessage(error.message, 8000);
    return account;
}

SetupWizard *MainWindow::editAccount()
{
    const std::optional<Account> account =
        selectedSavedAccount(tr("Choose a saved account on the left first, or use \"Add account…\"."));
    return account ? openWizard(account) : nullptr;
}

SetupWizard *MainWindow::signInAgain()
{
    const std::optional<Account> account = selectedSavedAccount(tr("Signing in again needs a saved account: save "
                                                                   "these settings as an account first, or add one "
                                                                   "with \"Add account…\"."));
    return account ? openWizard(account, true) : nullptr;
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
