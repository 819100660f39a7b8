namespace Verification.Cli.Tests;

public sealed class UsageTests
{
    [Fact]
    public void HelpListsTheCommandsAndTheExitCodesAndExits0()
    {
        var run = CliRun.Of("--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("check <claim>", run.Out, StringComparison.Ordinal);
        Assert.Contains("audit", run.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes: 0", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("frobnicate")]
    [InlineData("check")]
    [InlineData("check", "x == x", "--file", "Fixtures/claims.txt")]
    [InlineData("check", "--file", "no-such-file.txt")]
    [InlineData("check", "x == x", "--format", "yaml")]
    [InlineData("audit", "--assembly", "Fixtures/claims.txt")]
    [InlineData("audit", "--cases", "0")]
    public void AUsageErrorExits2WithTheMessageOnStderrOnly(params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("verification --help", run.Error, StringComparison.Ordinal);
    }
}
