using Verification.Symbolic.Expressions;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Tests.Expressions;

/// <summary>tanh's row of the activation table: the names the parser, the plain-text and LaTeX printers use.</summary>
public class TanhNamesTests
{
    [Fact]
    public void TanhIsNamedTanhInTextAndBackslashTanhInLatex()
    {
        var tanh = ActivationFunction.Tanh;

        Assert.Equal("tanh", tanh.Name);
        Assert.Equal("\\tanh", tanh.LatexName);
        Assert.Equal("the hyperbolic tangent", tanh.Description);

        var node = new Activation(tanh, new Symbol("x"));
        Assert.Equal("tanh(x)", PlainTextPrinter.Print(node));
        Assert.Equal("\\tanh\\left(x\\right)", LatexPrinter.Print(node));
    }
}
