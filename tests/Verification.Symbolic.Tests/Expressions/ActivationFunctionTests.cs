using Verification.Symbolic.Calculus;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Tests.Expressions;

/// <summary>
/// An activation's name, LaTeX name and description are what the parser, the printers and the
/// differentiation trace use: each relative of the sigmoid is read from claim text, printed back as
/// text and LaTeX, and named in the "definition of …" step of its derivative.
/// </summary>
public class ActivationFunctionTests
{
    public static TheoryData<string, string, string> Relatives => new()
    {
        { "tanh", "\\tanh\\left(x\\right)", "definition of the hyperbolic tangent" },
        { "softplus", "\\operatorname{softplus}\\left(x\\right)", "definition of softplus" },
        { "log_sigmoid", "\\log\\sigma\\left(x\\right)", "definition of the log-sigmoid" },
        { "silu", "\\operatorname{SiLU}\\left(x\\right)", "definition of SiLU (swish)" },
    };

    [Theory]
    [MemberData(nameof(Relatives))]
    public void ClaimTextParsesToTheActivationPrintsBackAndDifferentiatesThroughItsDefinition(string name, string latex, string definitionStep)
    {
        var x = new Symbol("x");
        var parsed = Assert.IsType<Activation>(ClaimParser.ParseExpression($"{name}(x)").GetValueOrThrow());

        Assert.Equal(x, parsed.Argument);
        Assert.Equal($"{name}(x)", PlainTextPrinter.Print(parsed));
        Assert.Equal(latex, LatexPrinter.Print(parsed));
        Assert.Equal(definitionStep, Differentiator.DifferentiateWithTrace(parsed, x).Steps[0].Rule);
    }
}
