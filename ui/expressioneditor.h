#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QLabel;
class QStringListModel;
class QTimer;

namespace Tenure::Ui {

class ExpressionHighlighter;

// Edits one mapping expression: syntax highlighting, completion of function names and
// [attribute] names (Ctrl+Space, or as you type), the signature of the function the cursor is in
// shown below, and the parse error underlined at its line and column with its message.
class ExpressionEditor : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit ExpressionEditor(QWidget* parent = nullptr);

    void setAttributes(const QStringList& attributes);   // HR fields offered inside [ ]
    void setExpression(const QString& text);              // without emitting expressionEdited
    [[nodiscard]] QString expression() const { return toPlainText(); }

    [[nodiscard]] QCompleter* completer() const { return m_completer; }
    [[nodiscard]] QLabel* signatureLabel() const { return m_signature; }
    [[nodiscard]] QLabel* errorLabel() const { return m_error; }
    // The parse error shown, with line and column (1-based); line 0 when there is none.
    [[nodiscard]] int errorLine() const { return m_errorLine; }
    [[nodiscard]] int errorColumn() const { return m_errorColumn; }
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }

    // The function the cursor is in ("Join(separator, source1, …)") or empty.
    [[nodiscard]] QString currentSignature() const;
    // Opens the completion popup for the word before the cursor.
    void complete();
    // Compiles now (the editor does it ~250 ms after the last key otherwise).
    void checkNow();

Q_SIGNALS:
    void expressionEdited(const QString& text);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void insertCompletion(const QString& completion);
    [[nodiscard]] QString wordBeforeCursor(bool* inAttribute) const;
    void updateSignature();
    void showDiagnostic();

    ExpressionHighlighter* m_highlighter;
    QCompleter* m_completer;
    QStringListModel* m_words;
    QStringList m_functions;
    QStringList m_attributes;
    bool m_completingAttribute = false;
    QLabel* m_signature;
    QLabel* m_error;
    QTimer* m_check;
    int m_errorLine = 0;
    int m_errorColumn = 0;
    QString m_errorMessage;
    bool m_settingText = false;
};

} // namespace Tenure::Ui
