#pragma once
// Shared by the setup wizard's tests.

#include "GuiSupport.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardPages.h"

namespace md::test {

/// On the wizard's Test page: waits for both checks, which must pass, clicks "Save account" and
/// waits until the Done page has saved the profile and every keychain write has ended.
inline void passTestAndSave(gui::SetupWizard *wizard)
{
    QCOMPARE(wizard->currentId(), int(gui::SetupWizard::TestPage));
    auto *test = static_cast<gui::TestPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 60000);
    QVERIFY2(test->passed(), qPrintable(test->statusText()));
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(gui::SetupWizard::DonePage));
    auto *done = static_cast<gui::DonePage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(done->keychainDone(), 30000);
}

}  // namespace md::test
