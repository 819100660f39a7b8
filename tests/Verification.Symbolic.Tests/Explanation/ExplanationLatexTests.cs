using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

/// <summary>
/// The LaTeX of a derivation, pinned against LaTeX written by hand from the printer's rules
/// (<c>\frac{a}{b}</c>, <c>e^{u}</c> for a short exponent, <c>\sigma</c> for the name sigma, subscripts
/// for trailing digits) and the layout of <see cref="ExplanationLatex.Aligned"/>: the first line
/// <c>&amp; e</c>, each later one <c>&amp;= e &amp;&amp; \text{rule}</c>, lines joined by <c>\\</c>.
/// </summary>
public class ExplanationLatexTests
{
    /// <summary>
    /// σ(x) is unfolded to 1/(1 + e^(−x)), e^(−x) is written (1 − σ)/σ (e^u = σ/(1 − σ) with u = −x
    /// inverts the ratio), and the fraction clears to σ; the factoring line is σ again, so it is not repeated.
    /// The rule names are escaped for <c>\text{…}</c>: ^ becomes <c>\textasciicircum{}</c>.
    /// </summary>
    [Fact]
    public void TheDerivationOfSigmoidIsOneAlignedBlockWithItsRulesAsText()
    {
        var explanation = Explainer.Explain(ParseExpr("sigmoid(x)"));
        var names = ExplanationLatex.Names(explanation);

        var expected = string.Join("\n",
            "\\begin{aligned}",
            "  & \\sigma \\\\",
            "  &= \\frac{1}{1 + e^{-x}} && \\text{definitions unfolded} \\\\",
            "  &= \\frac{1}{1 + \\frac{1 - \\sigma}{\\sigma}} && \\text{recognise σ: e\\textasciicircum{}u = σ(u)/(1 − σ(u))} \\\\",
            "  &= \\sigma && \\text{algebra: clear the fractions}",
            "\\end{aligned}");
        Assert.Equal(expected, ExplanationLatex.Aligned(explanation.Steps, names));
        Assert.Equal("\\sigma = \\sigma\\left(x\\right)", ExplanationLatex.Where(names));
    }

    /// <summary>The softmax names: s_k for each component, then S = Σ e^(z_k), joined by <c>,\;</c>.</summary>
    [Fact]
    public void TheSoftmaxNamesAreListedComponentsFirstThenTheirDenominator()
    {
        var names = ExplanationLatex.Names(Explainer.Explain(ParseExpr("diff(softmax([a, b], 0), a)")));

        Assert.Equal(
            "s_{0} = \\operatorname{softmax}\\left(a, b\\right)_{0},\\; s_{1} = \\operatorname{softmax}\\left(a, b\\right)_{1},\\; S = e^{a} + e^{b}",
            ExplanationLatex.Where(names));
    }

    [Fact]
    public void WithoutOutputsThereIsNoWhereLine()
    {
        var names = ExplanationLatex.Names(Explainer.Explain(ParseExpr("diff(x^2, x)")));

        Assert.Empty(names.Where);
        Assert.Null(ExplanationLatex.Where(names));
    }

    /// <summary>One line: no rule and no line break; two lines: one <c>\\</c> between them, none after the last.</summary>
    [Fact]
    public void LinesAreSeparatedButTheLastIsNotTerminatedByABreak()
    {
        var names = ExplanationLatex.Names(Explainer.Explain(ParseExpr("diff(x^2, x)")));
        var given = new ExplanationStep(ParseExpr("x"), ExplanationRules.Given, null);
        var next = new ExplanationStep(ParseExpr("x + 0"), "a_b", null);

        Assert.Equal("\\begin{aligned}\n  & x\n\\end{aligned}", ExplanationLatex.Aligned([given], names));
        Assert.Equal("\\begin{aligned}\n  & x \\\\\n  &= x + 0 && \\text{a\\_b}\n\\end{aligned}", ExplanationLatex.Aligned([given, next], names));
        Assert.Equal("\\begin{aligned}\n\\end{aligned}", ExplanationLatex.Aligned([], names));
    }

    [Fact]
    public void NullArgumentsAreRefused()
    {
        var names = ExplanationLatex.Names(Explainer.Explain(ParseExpr("diff(x^2, x)")));

        Assert.Throws<ArgumentNullException>(() => ExplanationLatex.Aligned(null!, names));
        Assert.Throws<ArgumentNullException>(() => ExplanationLatex.Aligned([], null!));
        Assert.Throws<ArgumentNullException>(() => ExplanationLatex.Where(null!));
    }
}
