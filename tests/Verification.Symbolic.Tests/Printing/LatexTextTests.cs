using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Tests.Printing;

/// <summary>Plain text set inside LaTeX: every character LaTeX treats specially is escaped, the rest kept.</summary>
public class LatexTextTests
{
    [Theory]
    [InlineData("sigmoid is odd", "sigmoid is odd")]
    [InlineData("50% of $x_1 & #2", @"50\% of \$x\_1 \& \#2")]
    [InlineData("{a}", @"\{a\}")]
    [InlineData(@"C:\tmp", @"C:\textbackslash{}tmp")]
    [InlineData("x^2 ~ y", @"x\textasciicircum{}2 \textasciitilde{} y")]
    [InlineData("", "")]
    public void EscapesTheSpecialCharacters(string text, string latex) =>
        Assert.Equal(latex, LatexText.Escape(text));
}
