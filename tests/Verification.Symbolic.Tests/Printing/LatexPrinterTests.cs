using Verification.Symbolic.Expressions;
using Verification.Symbolic.Printing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Printing;

public class LatexPrinterTests
{
    /// <summary>Claim-language expressions and the LaTeX they must print as.</summary>
    public static TheoryData<string, string> Expressions => new()
    {
        { "x", "x" },
        { "z0 + v01 + w_prime + x_1", "z_{0} + v_{01} + w_{\\text{prime}} + x_{1}" },
        { "alpha * theta0 * logit", "\\alpha \\cdot \\theta_{0} \\cdot \\mathit{logit}" },
        { "(a + b) * c", "\\left(a + b\\right) \\cdot c" },
        { "a + b * c", "a + b \\cdot c" },
        { "-(a - b)", "-\\left(a - b\\right)" },
        { "a - (b - c)", "a - \\left(b - c\\right)" },
        { "a - b - c", "a - b - c" },
        { "a/(b*c)", "\\frac{a}{b \\cdot c}" },
        { "a / b / c", "\\frac{\\frac{a}{b}}{c}" },
        { "(a^2)^3", "\\left(a^{2}\\right)^{3}" },
        { "exp(x)^2", "\\left(e^{x}\\right)^{2}" },
        { "(a/b)^2", "\\left(\\frac{a}{b}\\right)^{2}" },
        { "sigmoid(x)^2", "\\left(\\sigma\\left(x\\right)\\right)^{2}" },
        { "(-x)^2", "\\left(-x\\right)^{2}" },
        { "-x^2", "-x^{2}" },
        { "x^-2", "x^{-2}" },
        { "z0^2", "z_{0}^{2}" },
        { "exp(x)", "e^{x}" },
        { "exp(-x)", "e^{-x}" },
        { "exp(w*x + b)", "e^{w \\cdot x + b}" },
        { "exp(a / b)", "\\exp\\left(\\frac{a}{b}\\right)" },

        // e^{…} holds up to five nodes (w·x + b is five); a sixth, or a longer linear form, is \exp(…).
        { "exp(-(w*x + b))", "\\exp\\left(-\\left(w \\cdot x + b\\right)\\right)" },
        { "exp(w0*x0 + w1*x1 + b)", "\\exp\\left(w_{0} \\cdot x_{0} + w_{1} \\cdot x_{1} + b\\right)" },
        { "exp(exp(x))", "\\exp\\left(e^{x}\\right)" },
        { "log(x)", "\\log\\left(x\\right)" },
        { "sigmoid(x)", "\\sigma\\left(x\\right)" },
        { "softmax([z0, z1], 1)", "\\operatorname{softmax}\\left(z_{0}, z_{1}\\right)_{1}" },
        { "log_softmax([a, b], 0)", "\\log\\operatorname{softmax}\\left(a, b\\right)_{0}" },
        { "logsumexp([a, b])", "\\operatorname{logsumexp}\\left(a, b\\right)" },
        { "bce(z, y)", "\\operatorname{BCE}\\left(z, y\\right)" },
        { "cross_entropy([z0], [y0])", "\\operatorname{CE}\\left(\\left[z_{0}\\right], \\left[y_{0}\\right]\\right)" },
        { "delta(0, 1)", "\\delta_{01}" },
        { "delta(1, 12) + delta(-1, 0)", "\\delta_{1,12} + \\delta_{-1,0}" },
        { "delta(9, 0) + delta(0, 9) + delta(10, 9)", "\\delta_{90} + \\delta_{09} + \\delta_{10,9}" },
        { "diff(sigmoid(x), x)", "\\frac{\\partial}{\\partial x} \\sigma\\left(x\\right)" },
        { "diff(x^2 + y, x)", "\\frac{\\partial}{\\partial x} \\left(x^{2} + y\\right)" },
        { "diff(diff(f, x), y)", "\\frac{\\partial}{\\partial y} \\frac{\\partial}{\\partial x} f" },
        { "diff(f, x) * g", "\\left(\\frac{\\partial}{\\partial x} f\\right) \\cdot g" },
        { "a + diff(f, z0)", "a + \\frac{\\partial}{\\partial z_{0}} f" },
        { "2 * x", "2 x" },
        { "2 * sigmoid(x)", "2 \\sigma\\left(x\\right)" },
        { "x * 2", "x \\cdot 2" },
        { "2 * 3", "2 \\cdot 3" },
        { "rational(1, 3)", "\\frac{1}{3}" },
        { "rational(-1, 3)", "-\\frac{1}{3}" },
        { "0.25", "\\frac{1}{4}" },
        { "a - rational(-3)", "a - \\left(-3\\right)" },
        { "rational(-3) * a", "-3 \\cdot a" },
        { "a * -b", "a \\cdot \\left(-b\\right)" },
        { "a + -b * c", "a + \\left(-b \\cdot c\\right)" },
        { "-(a * b)", "-\\left(a \\cdot b\\right)" },
        { "--x", "-\\left(-x\\right)" },
    };

    [Theory]
    [MemberData(nameof(Expressions))]
    public void PrintsTheExpectedLatex(string expression, string latex) =>
        Assert.Equal(latex, LatexPrinter.Print(ParseExpr(expression)));

    [Fact]
    public void PrintsClaims()
    {
        Assert.Equal("\\sigma\\left(x\\right) = \\frac{1}{1 + e^{-x}}", LatexPrinter.Print(ParseClaim("sigmoid(x) == 1 / (1 + exp(-x))")));
        Assert.Equal(
            "\\text{solve for } w, b:\\; \\sigma\\left(w \\cdot x + b\\right) = \\operatorname{softmax}\\left(u \\cdot x, 0\\right)_{0} \\quad \\text{for all } x",
            LatexPrinter.Print(ParseClaim("solve w, b: sigmoid(w*x + b) == softmax([u*x, 0], 0) for all x")));
        Assert.Equal(
            "\\begin{gathered}\n\\delta_{00} = 1 \\qquad (i = 0) \\\\\n\\delta_{11} = 1 \\qquad (i = 1)\n\\end{gathered}",
            LatexPrinter.Print(ParseClaim("for i in 0..1: delta(i, i) == 1")));
    }

    [Theory]
    [InlineData("a_b_c", "a_{\\text{b\\_c}}")]
    [InlineData("_x", "\\text{\\_x}")]
    [InlineData("x{y}", "\\text{x\\{y\\}}")]
    [InlineData("p^q", "\\text{p\\textasciicircum{}q}")]
    [InlineData("Ωx", "\\text{?x}")]
    [InlineData("alpha_beta", "\\alpha_{\\beta}")]
    [InlineData("Delta9", "\\Delta_{9}")]
    [InlineData("x_", "\\text{x\\_}")]
    [InlineData("", "\\text{}")]
    [InlineData("x_1a", "x_{\\text{1a}}")]
    [InlineData("x_~", "x_{\\text{\\textasciitilde{}}}")]
    [InlineData("a\tb", "\\text{ab}")]
    [InlineData("a\\b", "\\text{a\\textbackslash{}b}")]
    public void EscapesNamesTheLanguageCannotWrite(string name, string latex) =>
        Assert.Equal(latex, LatexPrinter.Print(new Symbol(name)));
}
