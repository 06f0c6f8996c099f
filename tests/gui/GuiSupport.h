#pragma once
// Shared by the GUI tests: find the app's widgets by object name and fill a settings form the
// way a person does (typing, choosing), and wait for a run to end.

#include "DiagnoseView.h"
#include "ServerSettingsWidget.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QtTest>

namespace md::test {

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return widget;
}

inline void typeInto(QWidget *form, const QString &name, const QString &text)
{
    auto *edit = child<QLineEdit>(form, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void typePort(QWidget *form, int port)
{
    auto *spin = child<QSpinBox>(form, QStringLiteral("port"));
    QVERIFY(spin);
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(port));
    QTest::keyClick(spin, Qt::Key_Tab);
    QCOMPARE(spin->value(), port);
}

inline void chooseSecurity(QWidget *form, const QString &mode)
{
    auto *combo = child<QComboBox>(form, QStringLiteral("security"));
    QVERIFY(combo);
    const int index = combo->findData(mode);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
}

}  // namespace md::test
