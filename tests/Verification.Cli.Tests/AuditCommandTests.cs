namespace Verification.Cli.Tests;

public sealed class AuditCommandTests
{
    private static readonly string BuggyKernels = typeof(BuggyKernels.Activations).Assembly.Location;

    [Fact]
    public void OurKernelsPassEveryApplicableLawAndExit0()
    {
        var run = CliRun.Of("audit", "--impl", "ours", "--cases", "50");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("61 laws × 1 implementation: 61 hold, 0 fail, 0 not applicable", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheNaiveControlFailsAndExits1WithItsWorstCounterexample()
    {
        var run = CliRun.Of("audit", "--impl", "naive", "--cases", "50");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"\| softmax-finite-for-finite-input \(double\) +\| +✗ +\|", run.Out);
        Assert.Contains("✗ softmax-finite-for-finite-input (double) × naive:", run.Out, StringComparison.Ordinal);
        Assert.Contains("softmax(x) = [NaN", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSigmoidsRelativesAreRowsAndTensorPrimitivesIsAuditedOnItsTanhAlone()
    {
        var run = CliRun.Of("audit", "--impl", "tensorprimitives", "--cases", "50");

        Assert.Matches(@"\| tanh-equals-rescaled-sigmoid \(float\) +\| +✓ +\|", run.Out);
        Assert.Matches(@"\| tanh-finite-for-finite-input \(double\) +\| +✓ +\|", run.Out);
        Assert.Matches(@"\| softplus-difference-is-identity \(double\) +\| +– +\|", run.Out);
        Assert.Matches(@"\| log-sigmoid-equals-negative-softplus \(float\) +\| +– +\|", run.Out);
        Assert.Matches(@"\| silu-finite-for-finite-input \(float\) +\| +– +\|", run.Out);
    }

    [Fact]
    public void TheBuggySampleAssemblyFailsExactlyTheJacobianLawsItsSignErrorBreaks()
    {
        var run = CliRun.Of("audit", "--assembly", BuggyKernels, "--type", "BuggyKernels.Activations", "--cases", "50");

        Assert.Equal(1, run.ExitCode);
        var failed = run.Out.Split('\n').Where(static line => line.StartsWith("✗ ", StringComparison.Ordinal)).Select(static line => line[2..line.IndexOf(" × ", StringComparison.Ordinal)]);
        Assert.Equal(
            [
                "softmax-jacobian-rows-sum-to-zero (float)",
                "softmax-jacobian-equals-diag-minus-outer (float)",
                "softmax-jacobian-rows-sum-to-zero (double)",
                "softmax-jacobian-equals-diag-minus-outer (double)",
            ],
            failed);
    }

    [Fact]
    public void ATypeThatIsNotInTheAssemblyIsAUsageErrorNamingTheCandidates()
    {
        var run = CliRun.Of("audit", "--assembly", BuggyKernels, "--type", "Nope");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No public type 'Nope'", run.Error, StringComparison.Ordinal);
        Assert.Contains("BuggyKernels.Activations", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RedirectedOutputHasNoEscapeSequencesAndProgressGoesToStderr()
    {
        var run = CliRun.Of("audit", "--impl", "all", "--cases", "20");

        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u001b', run.Error);
        Assert.Contains("audit [61/61] softmax-float-agrees-with-double (float vs double)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("audit [", run.Out, StringComparison.Ordinal);
        Assert.StartsWith("| law ", run.Out, StringComparison.Ordinal);
    }
}
