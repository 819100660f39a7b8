using System.Text.Json;

namespace Verification.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public void TheSigmoidDerivativeEndsInSigmaTimesOneMinusSigma()
    {
        var run = CliRun.Of("explain", "diff(sigmoid(x), x)");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  where σ = sigmoid(x)\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("[quotient rule]\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  = exp(-x) / (1 + exp(-x))^2    [∂x/∂x = 1]\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  result: σ * (1 - σ)\n        = sigmoid(x) * (1 - sigmoid(x))\n", run.Out, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Error);
    }

    [Fact]
    public void ASoftmaxEntryEndsInTheOutputsWithSCancelled()
    {
        var run = CliRun.Of("explain", "diff(softmax([z0, z1, z2], 0), z1)");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  = -(exp(z0) * exp(z1)) / S^2    [derivative of exp]\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  = -(s0 * s1) / (s0 + s1 + s2)^2    [algebra: clear the fractions", run.Out, StringComparison.Ordinal);
        Assert.Contains("  result: -(s0 * s1)\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AFalseClaimShowsTheWitnessAndWhatTheLeftSideReallyIs()
    {
        var run = CliRun.Of("explain", "diff(sigmoid(x), x) == sigmoid(x) * (1 + sigmoid(x))");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  refuted: the sides differ at x = ", run.Out, StringComparison.Ordinal);
        Assert.Contains("  you wrote:          sigmoid(x) * (1 + sigmoid(x))\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  the left side is:   sigmoid(x) * (1 - sigmoid(x))\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSeed002DiagonalFormulaIsRefutedBesideTheCorrectOne()
    {
        var run = CliRun.Of("explain", "diff(softmax([x0, x1, x2], 0), x0) == exp(x0) * (x1 + x2) / (exp(x0) + exp(x1) + exp(x2))^2");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("  the left side is:   softmax([x0, x1, x2], 0) * (1 - softmax([x0, x1, x2], 0))\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  result: s0 * (1 - s0)\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ATrueClaimIsDerivedFromTheLeftSideToTheRightSide()
    {
        var run = CliRun.Of("explain", "diff(sigmoid(x), x) == sigmoid(x) - sigmoid(x)^2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("  derivation, left side to right side:\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("  = σ - σ^2    [algebra: the right side of the claim]\n", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AJacobianFamilyIsShownAsItsMatrix()
    {
        var run = CliRun.Of("explain", "for i, j in 0..2: diff(softmax([z0, z1, z2], i), z[j]) == softmax([z0, z1, z2], i) * (delta(i, j) - softmax([z0, z1, z2], j))");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(
            "  the matrix of the left sides, rows i, columns j:\n"
            + "    [ s0 * (1 - s0) | -(s0 * s1) | -(s0 * s2) ]\n"
            + "    [ -(s0 * s1) | s1 * (1 - s1) | -(s1 * s2) ]\n"
            + "    [ -(s0 * s2) | -(s1 * s2) | s2 * (1 - s2) ]\n",
            run.Out,
            StringComparison.Ordinal);
    }

    [Fact]
    public void JsonGivesEachStepsExpressionLatexAndRuleAndTheResult()
    {
        var run = CliRun.Of("explain", "diff(softmax([z0, z1, z2], 0), z1)", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var document = JsonDocument.Parse(run.Out);
        var report = Assert.Single(document.RootElement.EnumerateArray().ToList());
        Assert.Equal("expression", report.GetProperty("kind").GetString());
        var steps = report.GetProperty("steps").EnumerateArray().ToList();
        Assert.True(steps.Count >= 5);
        Assert.Equal("given", steps[0].GetProperty("rule").GetString());
        Assert.All(steps, static step => Assert.False(string.IsNullOrEmpty(step.GetProperty("latex").GetString())));
        Assert.Equal("diff(softmax([z0, z1, z2], 0), z1)", steps[0].GetProperty("expression").GetString());
        var result = report.GetProperty("result");
        Assert.Equal("-(softmax([z0, z1, z2], 0) * softmax([z0, z1, z2], 1))", result.GetProperty("expression").GetString());
        Assert.True(result.GetProperty("inOutputs").GetBoolean());
    }

    [Theory]
    [InlineData("markdown", "$$\n\\begin{aligned}\n")]
    [InlineData("latex", "\\[\n\\begin{aligned}\n")]
    public void TypesetFormatsShowTheStepsAsAnAlignedDisplay(string format, string display)
    {
        var run = CliRun.Of("explain", "diff(sigmoid(x), x)", "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(display, run.Out, StringComparison.Ordinal);
        Assert.Contains("\\sigma \\cdot \\left(1 - \\sigma\\right)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmptyArgumentIsAnErrorNamingTheArgument()
    {
        var run = CliRun.Of("explain", " ");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'expression-or-claim' is empty", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AMalformedExpressionIsAnErrorWithItsPosition()
    {
        var run = CliRun.Of("explain", "diff(sigmoid(x), )");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: 1:18: expected an expression", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExpressionOutsideTheFragmentIsAnErrorNotACrash()
    {
        var run = CliRun.Of("explain", "diff(sigmoid(w2 * sigmoid(w1 * x + b1) + b2), w1)");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("outside the decidable fragment", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckExplainDerivesEachClaimOfAFile()
    {
        var claims = "# two claims\ndiff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))\n\ndiff(softmax([a, b], 0), b) == softmax([a, b], 0) * softmax([a, b], 1)\n";

        var run = CliRun.WithInput(claims, "check", "--file", "-", "--explain");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 2: diff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))\n  proved: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("line 4: diff(softmax([a, b], 0), b) == softmax([a, b], 0) * softmax([a, b], 1)\n  refuted: ", run.Out, StringComparison.Ordinal);
        Assert.Contains("  the left side is:   -(softmax([a, b], 0) * softmax([a, b], 1))\n", run.Out, StringComparison.Ordinal);
    }
}
