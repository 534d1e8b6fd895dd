#include "expressioneditor.h"

#include "expressionhighlighter.h"
#include "models/expression/expression.h"
#include "models/expression/functions.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QTimer>

namespace Tenure::Ui {
namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

} // namespace

ExpressionEditor::ExpressionEditor(QWidget* parent)
    : QPlainTextEdit(parent), m_highlighter(new ExpressionHighlighter(document())),
      m_completer(new QCompleter(this)), m_words(new QStringListModel(this)), m_signature(new QLabel(this)),
      m_error(new QLabel(this)), m_check(new QTimer(this))
{
    setObjectName(QStringLiteral("expressionEditor"));
    setAccessibleName(tr("Expression"));
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::TypeWriter);
    setFont(mono);
    setPlaceholderText(tr("e.g. Join(\".\", ToLower([FirstName]), ToLower([LastName]))"));

    for (const auto& spec : Models::Expr::functionTable())
        m_functions.append(QString::fromLatin1(spec.name));
    m_completer->setModel(m_words);
    m_completer->setWidget(this);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(QStringLiteral("expressionCompletions"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this, &ExpressionEditor::insertCompletion);

    m_signature->setObjectName(QStringLiteral("signatureHelp"));
    m_signature->setAccessibleName(tr("Function signature"));
    m_signature->setStyleSheet(QStringLiteral("color: #1f4e79; font-family: monospace;"));
    m_signature->setVisible(false);
    m_error->setObjectName(QStringLiteral("expressionError"));
    m_error->setAccessibleName(tr("Expression error"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    m_check->setSingleShot(true);
    m_check->setInterval(250);
    connect(m_check, &QTimer::timeout, this, &ExpressionEditor::checkNow);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (m_settingText)
            return;
        m_check->start();
        Q_EMIT expressionEdited(toPlainText());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &ExpressionEditor::updateSignature);
}

void ExpressionEditor::setAttributes(const QStringList& attributes) { m_attributes = attributes; }

void ExpressionEditor::setExpression(const QString& text)
{
    if (text == toPlainText())
        return;
    m_settingText = true;
    setPlainText(text);
    m_settingText = false;
    checkNow();
}

void ExpressionEditor::checkNow()
{
    m_check->stop();
    const QString text = toPlainText();
    m_errorLine = m_errorColumn = 0;
    m_errorMessage.clear();
    if (!text.trimmed().isEmpty()) {
        // Compiling a mapping expression takes microseconds: fine on the GUI thread.
        auto compiled = Models::Expr::Expression::compileWithDiagnostic(text);
        if (!compiled) {
            m_errorLine = compiled.error().line;
            m_errorColumn = compiled.error().column;
            m_errorMessage = compiled.error().message;
        }
    }
    showDiagnostic();
}

void ExpressionEditor::showDiagnostic()
{
    QList<QTextEdit::ExtraSelection> selections;
    if (m_errorLine > 0) {
        const QTextBlock block = document()->findBlockByNumber(m_errorLine - 1);
        if (block.isValid()) {
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            const int column = std::clamp(m_errorColumn - 1, 0, std::max(0, int(block.length()) - 1));
            selection.cursor.setPosition(block.position() + column);
            // Underline the word at the error (or one character at the end of the text).
            int end = column;
            const QString line = block.text();
            while (end < line.size() && isWordChar(line.at(end)))
                ++end;
            end = std::max(end, column + 1);
            selection.cursor.setPosition(block.position() + std::min(end, int(block.length()) - 1),
                                         QTextCursor::KeepAnchor);
            if (!selection.cursor.hasSelection())
                selection.cursor.movePosition(QTextCursor::PreviousCharacter, QTextCursor::KeepAnchor);
            selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
            selection.format.setUnderlineColor(QColor(0xb0, 0x00, 0x20));
            selection.format.setToolTip(m_errorMessage);
            selections.append(selection);
        }
        m_error->setText(tr("Line %1, column %2: %3").arg(m_errorLine).arg(m_errorColumn).arg(m_errorMessage));
    }
    m_error->setVisible(m_errorLine > 0);
    setExtraSelections(selections);
}

QString ExpressionEditor::wordBeforeCursor(bool* inAttribute) const
{
    const QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    const int at = cursor.positionInBlock();
    int start = at;
    while (start > 0 && isWordChar(line.at(start - 1)))
        --start;
    // Inside [ … ]: everything after the last '[' not yet closed before the cursor (names may hold spaces).
    const int open = line.lastIndexOf(QLatin1Char('['), at - 1);
    const int close = open < 0 ? -1 : int(line.indexOf(QLatin1Char(']'), open));
    *inAttribute = open >= 0 && (close < 0 || close >= at);
    if (*inAttribute)
        return line.mid(open + 1, at - open - 1);
    return line.mid(start, at - start);
}

void ExpressionEditor::complete()
{
    bool inAttribute = false;
    const QString prefix = wordBeforeCursor(&inAttribute);
    m_completingAttribute = inAttribute;
    m_words->setStringList(inAttribute ? m_attributes : m_functions);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
}

void ExpressionEditor::insertCompletion(const QString& completion)
{
    QTextCursor cursor = textCursor();
    const int typed = int(m_completer->completionPrefix().size());
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, typed);
    QString text = completion;
    if (m_completingAttribute) {
        const QString line = cursor.block().text();
        if (line.indexOf(QLatin1Char(']'), cursor.positionInBlock()) != cursor.positionInBlock())
            text += QLatin1Char(']');
    } else {
        text += QLatin1Char('(');
    }
    cursor.insertText(text);
    setTextCursor(cursor);
}

void ExpressionEditor::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();   // the completer handles them
            return;
        default: break;
        }
    }
    const bool shortcut = event->modifiers().testFlag(Qt::ControlModifier) && event->key() == Qt::Key_Space;
    if (!shortcut)
        QPlainTextEdit::keyPressEvent(event);
    bool inAttribute = false;
    const QString prefix = wordBeforeCursor(&inAttribute);
    const bool typing = !event->text().isEmpty() && (isWordChar(event->text().back()) || event->text() == QLatin1String("["));
    if (shortcut || (typing && (inAttribute || prefix.size() >= 2)))
        complete();
    else if (m_completer->popup()->isVisible() && !typing)
        m_completer->popup()->hide();
}

QString ExpressionEditor::currentSignature() const
{
    // Walk back from the cursor to the innermost unclosed '(' outside strings, then take the name.
    const QString text = toPlainText().left(textCursor().position());
    int depth = 0;
    bool inString = false;
    int paren = -1;
    for (int i = int(text.size()) - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"'))
            inString = !inString;
        if (inString)
            continue;
        if (c == QLatin1Char(')'))
            ++depth;
        else if (c == QLatin1Char('(')) {
            if (depth == 0) {
                paren = i;
                break;
            }
            --depth;
        }
    }
    if (paren < 0)
        return {};
    int start = paren;
    while (start > 0 && isWordChar(text.at(start - 1)))
        --start;
    const QString name = text.mid(start, paren - start).trimmed();
    const auto* spec = Models::Expr::findFunction(name);
    return spec ? QString::fromLatin1(spec->signature) : QString();
}

void ExpressionEditor::updateSignature()
{
    const QString signature = currentSignature();
    m_signature->setText(signature);
    m_signature->setVisible(!signature.isEmpty());
    setToolTip(signature);
}

} // namespace Tenure::Ui
