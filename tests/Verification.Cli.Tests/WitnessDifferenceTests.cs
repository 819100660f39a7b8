namespace Verification.Cli.Tests;

/// <summary>A refutation whose two sides print the same digits also prints their certified difference.</summary>
public sealed class WitnessDifferenceTests
{
    [Fact]
    public void SidesThatAgreeToEveryShownDigitComeWithTheirDifference()
    {
        // softmax₀·(1 + 10⁻⁴⁰) − softmax₀ = 10⁻⁴⁰·softmax₀: at a = b = 3, c = −1/3 that is 4.91238·10⁻⁴¹, far
        // below the 25 digits shown of each side.
        var run = CliRun.Of("check", "softmax([a, b, c], 0)*(1 + 1/10^40) == softmax([a, b, c], 0)");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("left  = 4.912377931181913461453722E-1", run.Out, StringComparison.Ordinal);
        Assert.Contains("right = 4.912377931181913461453722E-1", run.Out, StringComparison.Ordinal);
        Assert.Contains("left − right = 4.91238E-41 (the sides agree to the digits shown above)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void SidesThatVisiblyDifferNeedNoDifferenceLine()
    {
        var run = CliRun.Of("check", "sigmoid(x) == 1/(1 + exp(x))");

        Assert.Equal(1, run.ExitCode);
        Assert.DoesNotContain("left − right", run.Out, StringComparison.Ordinal);
    }
}
