#include "AccountsPanel.h"

#include "account/Account.h"
#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "DiagnoseView.h"
#include "Icons.h"
#include "oauth/Provider.h"
#include "ServerSettingsWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace md::gui {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

}  // namespace

AccountsPanel::AccountsPanel(ProfileStore *store, CredentialStore *credentials, DiagnoseView *view, QWidget *parent)
    : QWidget(parent), m_store(store), m_credentials(credentials), m_view(view)
{
    auto *label = new QLabel(tr("&Accounts"), this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Accounts"));
    label->setBuddy(m_list);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Account problem"));
    m_message->hide();

    m_save = new QPushButton(icon("save"), tr("Save account…"), this);
    m_save->setObjectName(QStringLiteral("saveAccount"));
    m_save->setAccessibleName(tr("Save the settings as an account"));
    m_delete = new QPushButton(icon("cancel"), tr("Delete account"), this);
    m_delete->setObjectName(QStringLiteral("deleteAccount"));
    m_delete->setAccessibleName(tr("Delete the selected account"));

    m_nameRow = new QWidget(this);
    auto *nameLayout = new QVBoxLayout(m_nameRow);
    nameLayout->setContentsMargins(0, 0, 0, 0);
    auto *nameLabel = new QLabel(tr("Account name:"), m_nameRow);
    m_name = new QLineEdit(m_nameRow);
    m_name->setObjectName(QStringLiteral("accountName"));
    m_name->setAccessibleName(tr("Name of the new account"));
    m_name->setPlaceholderText(tr("e.g. Work"));
    nameLabel->setBuddy(m_name);
    auto *nameOk = new QPushButton(tr("Save"), m_nameRow);
    nameOk->setObjectName(QStringLiteral("confirmSaveAccount"));
    nameOk->setAccessibleName(tr("Save the new account"));
    auto *nameCancel = new QPushButton(tr("Cancel"), m_nameRow);
    nameCancel->setAccessibleName(tr("Do not save the account"));
    auto *nameButtons = new QHBoxLayout;
    nameButtons->addWidget(nameOk);
    nameButtons->addWidget(nameCancel);
    nameLayout->addWidget(nameLabel);
    nameLayout->addWidget(m_name);
    nameLayout->addLayout(nameButtons);
    m_nameRow->hide();

    m_confirmRow = new QWidget(this);
    auto *confirmLayout = new QVBoxLayout(m_confirmRow);
    confirmLayout->setContentsMargins(0, 0, 0, 0);
    m_confirmText = new QLabel(m_confirmRow);
    m_confirmText->setWordWrap(true);
    auto *confirmDelete = new QPushButton(tr("Delete"), m_confirmRow);
    confirmDelete->setObjectName(QStringLiteral("confirmDeleteAccount"));
    confirmDelete->setAccessibleName(tr("Delete the account and its passwords"));
    auto *keep = new QPushButton(tr("Keep"), m_confirmRow);
    keep->setAccessibleName(tr("Keep the account"));
    auto *confirmButtons = new QHBoxLayout;
    confirmButtons->addWidget(confirmDelete);
    confirmButtons->addWidget(keep);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addLayout(confirmButtons);
    m_confirmRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 0, 6);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_nameRow);
    layout->addWidget(m_confirmRow);
    layout->addWidget(m_save);
    layout->addWidget(m_delete);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_nameRow->hide();
        m_confirmRow->hide();
        load(item ? item->data(kNameRole).toString() : QString());
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (currentAccount().isEmpty()) {
            m_nameRow->show();
            m_name->setFocus();
        } else {
            save();
        }
    });
    const auto saveNew = [this] {
        if (save(m_name->text().trimmed()))
            m_nameRow->hide();
    };
    connect(nameOk, &QPushButton::clicked, this, saveNew);
    connect(m_name, &QLineEdit::returnPressed, this, saveNew);
    connect(nameCancel, &QPushButton::clicked, m_nameRow, &QWidget::hide);
    connect(m_delete, &QPushButton::clicked, this, [this] {
        m_confirmText->setText(tr("Delete the account \"%1\" and its passwords in the keychain? This cannot be "
                                  "undone.")
                                   .arg(currentAccount()));
        m_confirmRow->show();
    });
    connect(confirmDelete, &QPushButton::clicked, this, [this] {
        m_confirmRow->hide();
        deleteCurrent();
    });
    connect(keep, &QPushButton::clicked, m_confirmRow, &QWidget::hide);
    reload();
}

QString AccountsPanel::currentAccount() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kNameRole).toString() : QString();
}

QString AccountsPanel::message() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

void AccountsPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void AccountsPanel::reload()
{
    const QString keep = currentAccount();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    auto *quick = new QListWidgetItem(icon("quick"), tr("Quick check"), m_list);
    quick->setToolTip(tr("Check settings you type in, without saving them"));
    m_list->setCurrentItem(quick);
    ProfileStore::Error error;
    const std::optional<QList<Account>> accounts = m_store->accounts(&error);
    if (!accounts) {
        // The file stays as it is; saving is refused until the user has dealt with it.
        showMessage(error.message);
        m_save->setEnabled(false);
    } else {
        showMessage({});
        m_save->setEnabled(true);
        for (const Account &account : *accounts) {
            auto *item = new QListWidgetItem(icon("account"), account.name, m_list);
            item->setData(kNameRole, account.name);
            item->setToolTip(account.email);
            if (account.name == keep)
                m_list->setCurrentItem(item);
        }
    }
    m_delete->setEnabled(!currentAccount().isEmpty());
}

void AccountsPanel::selectAccount(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kNameRole).toString() == name) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void AccountsPanel::reloadSelected()
{
    m_loaded.clear();
    load(currentAccount());
}

void AccountsPanel::load(const QString &name)
{
    ++m_generation;
    m_delete->setEnabled(!name.isEmpty());
    if (name == m_loaded)
        return;
    m_loaded = name;
    if (name.isEmpty()) {
        // Quick check starts from empty forms again.
        for (Protocol protocol : { Protocol::Smtp, Protocol::Imap }) {
            ServerSettings empty;
            empty.protocol = protocol;
            empty.security = Security::Tls;
            m_view->settingsWidget(protocol)->setSettings(empty);
        }
        return;
    }
    ProfileStore::Error error;
    const std::optional<Account> account = m_store->find(name, &error);
    if (!account) {
        showMessage(error.message);
        return;
    }
    showMessage({});
    for (const ServerProfile *server : { &account->outgoing, &account->incoming }) {
        ServerSettingsWidget *form = m_view->settingsWidget(server->protocol);
        form->setSettings(toServerSettings(*server, {}));
        if (server->usesOAuth()) {
            // No password: the check reads the sign-in the wizard stored (and renews it).
            OAuthSignIn signIn { server->oauthProvider, {}, account->email };
            if (m_providers && !server->oauthProvider.isEmpty()) {
                if (const std::optional<oauth::Provider> provider = m_providers->find(server->oauthProvider))
                    signIn.providerName = provider->name;
            }
            form->setOAuthSignIn(signIn);
        }
    }
    if (!m_credentials)
        return;
    // Passwords come from the keychain, later; a late answer for another selection is dropped.
    const int generation = m_generation;
    auto pending = std::make_shared<int>(2);
    auto problems = std::make_shared<QStringList>();
    for (const ServerProfile *server : { &account->outgoing, &account->incoming }) {
        const Protocol protocol = server->protocol;
        const bool oauth = server->usesOAuth();  // its secret is the sign-in, read when a check runs
        m_credentials->read(CredentialKey { name, protocol, SecretKind::Password },
            [self = QPointer<AccountsPanel>(this), generation, protocol, oauth, pending, problems, name](
                const CredentialError &error, const QString &secret) {
                // The store may outlive this panel (and a late answer meets another selection).
                if (!self || generation != self->m_generation)
                    return;
                AccountsPanel *const panel = self;
                if (!oauth && error.ok())
                    panel->m_view->settingsWidget(protocol)->setPassword(secret);
                else if (!oauth && error.code != CredentialError::Code::NotFound)
                    problems->append(tr("The %1 password could not be read from the keychain: %2")
                                         .arg(toString(protocol).toUpper(), error.message()));
                if (--*pending == 0) {
                    panel->showMessage(problems->join(QLatin1Char('\n')));
                    emit panel->passwordsLoaded(name);
                }
            });
    }
}

bool AccountsPanel::save(const QString &newName)
{
    const bool creating = currentAccount().isEmpty();
    const QString name = creating ? newName : currentAccount();
    if (name.isEmpty()) {
        showMessage(tr("Give the account a name first."));
        return false;
    }
    const ServerSettings smtp = m_view->settingsWidget(Protocol::Smtp)->settings();
    const ServerSettings imap = m_view->settingsWidget(Protocol::Imap)->settings();
    if (smtp.host.isEmpty() || imap.host.isEmpty()) {
        showMessage(tr("Fill in the server names of both the outgoing and the incoming server before saving."));
        return false;
    }
    Account account;
    ProfileStore::Error error;
    if (!creating) {
        if (const std::optional<Account> old = m_store->find(name, &error))
            account = *old;  // keeps what the forms do not show (e-mail, display name, OAuth provider)
    }
    account.name = name;
    if (account.email.isEmpty() && smtp.user.contains(QLatin1Char('@')))
        account.email = smtp.user;
    // The OAuth2 provider stays while the server signs in with OAuth2 (the form shows it).
    const auto withProvider = [this](const ServerSettings &settings, const QString &old) {
        ServerProfile profile = toServerProfile(settings);
        const QString shown = m_view->settingsWidget(settings.protocol)->oauthSignIn().provider;
        if (profile.usesOAuth())
            profile.oauthProvider = shown.isEmpty() ? old : shown;
        return profile;
    };
    const ServerProfile outgoing = withProvider(smtp, account.outgoing.oauthProvider);
    const ServerProfile incoming = withProvider(imap, account.incoming.oauthProvider);
    account.outgoing = outgoing;
    account.incoming = incoming;
    error = {};
    if (!(creating ? m_store->add(account, &error) : m_store->update(account, &error))) {
        showMessage(error.message);
        return false;
    }
    showMessage({});
    // The profile holds no secret; the passwords go to the keychain, and only there.
    if (m_credentials) {
        auto pending = std::make_shared<int>(2);
        auto problems = std::make_shared<QStringList>();
        for (const ServerSettings *s : { &smtp, &imap }) {
            const CredentialKey key { name, s->protocol, SecretKind::Password };
            const QString what = toString(s->protocol).toUpper();
            auto done = [self = QPointer<AccountsPanel>(this), pending, problems, what](const CredentialError &e) {
                if (!e.ok() && e.code != CredentialError::Code::NotFound)
                    problems->append(tr("The %1 password was not saved in the keychain: %2").arg(what, e.message()));
                if (--*pending == 0 && self) {
                    if (!problems->isEmpty())
                        self->showMessage(problems->join(QLatin1Char('\n')));
                    emit self->keychainDone();
                }
            };
            if (s->password.isEmpty())
                m_credentials->remove(key, done);
            else
                m_credentials->write(key, s->password, done);
        }
    }
    m_loaded = name;  // the forms already hold this account
    reload();
    selectAccount(name);
    return true;
}

bool AccountsPanel::deleteCurrent()
{
    const QString name = currentAccount();
    if (name.isEmpty())
        return false;
    if (!m_credentials)
        return removeProfile(name);
    // The keychain entries go first: if they cannot be deleted (locked, refused, no answer), the
    // account stays, so that no secret outlives its account (as `maildoctor-cli account remove`).
    // With no keychain service at all nothing could ever be deleted from here: the account goes,
    // with a warning.
    m_delete->setEnabled(false);
    m_credentials->removeAccount(name, [self = QPointer<AccountsPanel>(this), name](const CredentialError &e) {
        if (!self)
            return;
        self->m_delete->setEnabled(!self->currentAccount().isEmpty());
        if (!e.ok() && e.code != CredentialError::Code::NoBackend) {
            self->showMessage(tr("The account \"%1\" was not deleted: its passwords could not be removed from the "
                                 "keychain. %2")
                                  .arg(name, e.message()));
            emit self->keychainDone();
            return;
        }
        if (self->removeProfile(name) && !e.ok())
            self->showMessage(tr("The account \"%1\" was deleted. Its passwords, if another session saved any, could "
                                 "not be checked: %2")
                                  .arg(name, e.message()));
        emit self->keychainDone();
    });
    return true;
}

bool AccountsPanel::removeProfile(const QString &name)
{
    ProfileStore::Error error;
    if (!m_store->remove(name, &error)) {
        showMessage(error.message);
        return false;
    }
    reload();
    m_list->setCurrentRow(0);
    return true;
}

}  // namespace md::gui
