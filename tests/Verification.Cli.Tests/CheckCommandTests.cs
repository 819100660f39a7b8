using Verification.TestSupport;

namespace Verification.Cli.Tests;

public sealed class CheckCommandTests
{
    [Fact]
    public void AProvedClaimExits0AndNamesTheMethod()
    {
        var run = CliRun.Of("check", "diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("proved: the canonical form of left − right is the zero exponential polynomial", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void ARefutedClaimExits1WithAWitnessForEverySymbolAndBothValues()
    {
        var run = CliRun.Of("check", "softmax([x0, x1], 0) == sigmoid(x0)");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"refuted: the sides differ at x0 = -?[0-9/]+, x1 = -?[0-9/]+\n", run.Out);
        Assert.Matches(@"left  = 5\.0+E-1\n", run.Out);
        Assert.Contains("right = ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefutedClaimWithoutSymbolsSaysSoInsteadOfAnEmptyPoint()
    {
        var run = CliRun.Of("check", "1 == 2");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("refuted: the sides differ (they have no free symbols)\n    left  = 1", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownClaimExits2WithTheReason()
    {
        var run = CliRun.Of("check", "exp(exp(2*x)) == exp(exp(x)^2)");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown: outside the decidable fragment", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ASolveQuestionPrintsTheSolutionFamilyAndCountsAsProved()
    {
        var run = CliRun.Of("check", "solve w0, w1, b: sigmoid(w0*x0 + w1*x1 + b) == softmax([v00*x0 + v01*x1 + c0, v10*x0 + v11*x1 + c1], 0) for all x0, x1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("proved: 1 solution family\n    w0 = v00 - v10, w1 = v01 - v11, b = c0 - c1\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ASolveQuestionWithoutSolutionsIsRefuted()
    {
        var run = CliRun.Of("check", "solve w: sigmoid(w * x) == softmax([x, x, 0], 0) for all x");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("refuted: no values of the unknowns make the sides equal", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AClaimForEveryNIsProvedWithItsCases()
    {
        var run = CliRun.Of("check", "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("proved: holds for every n ≥ 1, a formal zero in each case (i = j; i ≠ j)", run.Out, StringComparison.Ordinal);
        Assert.Contains("case i ≠ j: formal zero\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("R_1 = sum over the unnamed k of exp(z[k])", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AClaimForEveryNTrueOnlyForTwoEntriesIsRefutedAtAConcreteLength()
    {
        var run = CliRun.Of("check", "for all n >= 2: softmax(z, 0) == sigmoid(z[0] - z[1])");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"refuted at n = 3: the sides differ at z0 = -?[0-9/]+, z1 = -?[0-9/]+, z2 = -?[0-9/]+\n", run.Out);
        Assert.Contains("instance: softmax([z0, z1, z2], 0) == sigmoid(z0 - z1)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AClaimForEveryNPrintsAsLatexAndJson()
    {
        var latex = CliRun.Of("check", "--format", "latex", "for all n >= 1, i in 0..n-1: softmax(z + c, i) == softmax(z, i)");
        var json = CliRun.Of("check", "--format", "json", "for all n >= 2: softmax(z, 0) == sigmoid(z[0] - z[1])");

        Assert.Contains(@"\text{for all } n \ge 1,\ i \in \{0, \ldots, n - 1\}:\;", latex.Out, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"every-n\"", json.Out, StringComparison.Ordinal);
        Assert.Contains("\"counterexample\": {\n        \"size\": 3,", json.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedClaimExits2AndReportsLineAndColumnOnStderr()
    {
        var run = CliRun.Of("check", "sigmoid(x == 1");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: 1:11: expected ',' or ')' to close the '(' at 1:8, found '=='\n", run.Error);
    }

    [Fact]
    public void AFileIsCheckedLineByLineAndAMalformedLineDoesNotStopTheOthers()
    {
        var run = CliRun.Of("check", "--file", CliRun.Fixture("claims.txt"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 29: sigmoid(-x) == 1 - sigmoid(x)\n  proved", run.Out, StringComparison.Ordinal);
        Assert.Equal("error: 26:11: expected ',' or ')' to close the '(' at 26:8, found '=='\n", run.Error);
        Assert.EndsWith("9 claims: 4 proved, 3 refuted, 1 unknown, 1 error\n", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sigmoid(x) == sigmoid(x)\nsigmoid(x ==\n", 2)]
    [InlineData("sigmoid(x) == sigmoid(x)\nsigmoid(x) == 0\nsigmoid(x ==\n", 1)]
    [InlineData("sigmoid(x) == sigmoid(x)\n# only proved claims\nexp(0) == 1\n", 0)]
    public void TheExitCodeIs1ForAnyRefutationElse2ForUnknownOrMalformedElse0(string claims, int expected)
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, claims);
            Assert.Equal(expected, CliRun.Of("check", "--file", file).ExitCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("text", "txt")]
    [InlineData("markdown", "md")]
    [InlineData("latex", "tex")]
    [InlineData("json", "json")]
    public void EveryFormatOfTheFixtureFileMatchesItsSnapshot(string format, string extension)
    {
        var run = CliRun.Of("check", "--file", CliRun.Fixture("claims.txt"), "--format", format);

        Assert.Equal(1, run.ExitCode);
        Snapshot.Match(run.Out, $"claims-{format}", extension);
    }
}
