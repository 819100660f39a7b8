using Verification.Symbolic.Explanation;

namespace Verification.Cli.Explain;

/// <summary>
/// What the Markdown and LaTeX formats of <c>explain</c> share beyond <see cref="ExplainDocumentWriter"/>:
/// a derivation is typeset as one aligned display (<see cref="ExplanationLatex"/>), after a line naming
/// the abbreviations it uses and before the line of its result. Each format writes those three pieces
/// in its own notation.
/// </summary>
internal abstract class ExplainMathWriter : ExplainDocumentWriter
{
    protected sealed override void Expression(TextWriter output, ExplainedExpression explanation) => Derivation(output, explanation.Steps, explanation);

    /// <summary>The steps as one display, the abbreviations they use named first, then the result of <paramref name="explanation"/>.</summary>
    protected void Derivation(TextWriter output, IReadOnlyList<ExplanationStep> steps, ExplainedExpression explanation)
    {
        var names = ExplanationLatex.Names(explanation);
        if (ExplanationLatex.Where(names) is { } where)
        {
            Where(output, where);
        }

        Display(output, ExplanationLatex.Aligned(steps, names));
        Result(output, explanation, names);
    }

    /// <summary>The line that names the abbreviations, given their definitions in LaTeX (<paramref name="where"/>).</summary>
    protected abstract void Where(TextWriter output, string where);

    /// <summary>The derivation's steps (<paramref name="aligned"/>, a LaTeX <c>aligned</c> block) as display math.</summary>
    protected abstract void Display(TextWriter output, string aligned);

    /// <summary>The line of the result, with <see cref="ExplainWords.ResultNote"/>; <paramref name="names"/> are the abbreviations of the display.</summary>
    protected abstract void Result(TextWriter output, ExplainedExpression explanation, Abbreviations names);
}
