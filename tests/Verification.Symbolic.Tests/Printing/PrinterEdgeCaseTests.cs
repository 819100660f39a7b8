using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Printing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Printing;

/// <summary>The claim shapes the parser rarely builds but callers do: null, a solve without for-all, a family instance without indices.</summary>
public class PrinterEdgeCaseTests
{
    [Fact]
    public void NullArgumentsAreRejectedByName()
    {
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => LatexPrinter.Print((Claim)null!)).ParamName);
        Assert.Equal("claim", Assert.Throws<ArgumentNullException>(() => PlainTextPrinter.Print((Claim)null!)).ParamName);
        Assert.Equal("expr", Assert.Throws<ArgumentNullException>(() => LatexPrinter.Print((Expr)null!)).ParamName);
        Assert.Equal("expr", Assert.Throws<ArgumentNullException>(() => PlainTextPrinter.Print((Expr)null!)).ParamName);
    }

    [Fact]
    public void ASolveClaimWithoutForAllHasNoForAllInLatex() =>
        Assert.Equal(
            @"\text{solve for } w:\; w \cdot x = y",
            LatexPrinter.Print(ParseClaim("solve w: w * x == y for all ()")));

    /// <summary>A family built by a caller may hold an instance with no index values: it prints as its bare equation.</summary>
    [Fact]
    public void AFamilyInstanceWithoutIndicesIsItsEquation()
    {
        var family = new ClaimFamily(
        [
            new ClaimInstance(ImmutableSortedDictionary<string, int>.Empty, Eq(new Sigmoid(C(0)), Q(1, 2))),
            new ClaimInstance(ImmutableSortedDictionary<string, int>.Empty.Add("i", 1), Eq(new KroneckerDelta(1, 1), C(1))),
        ]);

        Assert.Equal("sigmoid(0) == 0.5\nfor i = 1: delta(1, 1) == 1", PlainTextPrinter.Print(family));
        Assert.Equal(
            "\\begin{gathered}\n\\sigma\\left(0\\right) = \\frac{1}{2} \\\\\n\\delta_{11} = 1 \\qquad (i = 1)\n\\end{gathered}",
            LatexPrinter.Print(family));
    }

    /// <summary>Each row of a family names all its index values, comma-separated, in both notations.</summary>
    [Fact]
    public void AFamilyRowNamesEveryIndex()
    {
        var family = ParseClaim("for i, j in 0..1: delta(i, j) == delta(j, i)");

        Assert.Equal(
            "for i = 0, j = 0: delta(0, 0) == delta(0, 0)\nfor i = 0, j = 1: delta(0, 1) == delta(1, 0)\n"
                + "for i = 1, j = 0: delta(1, 0) == delta(0, 1)\nfor i = 1, j = 1: delta(1, 1) == delta(1, 1)",
            PlainTextPrinter.Print(family));
        Assert.Equal(
            "\\begin{gathered}\n"
                + "\\delta_{00} = \\delta_{00} \\qquad (i = 0, j = 0) \\\\\n"
                + "\\delta_{01} = \\delta_{10} \\qquad (i = 0, j = 1) \\\\\n"
                + "\\delta_{10} = \\delta_{01} \\qquad (i = 1, j = 0) \\\\\n"
                + "\\delta_{11} = \\delta_{11} \\qquad (i = 1, j = 1)\n"
                + "\\end{gathered}",
            LatexPrinter.Print(family));
    }
}
