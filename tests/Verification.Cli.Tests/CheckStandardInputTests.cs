using System.Text.Json;

namespace Verification.Cli.Tests;

/// <summary><c>check --file -</c>: the claims come from standard input.</summary>
public sealed class CheckStandardInputTests
{
    [Fact]
    public void ClaimsOnStandardInputAreDecidedWithTheirLineNumbers()
    {
        var run = CliRun.WithInput("# a comment\n\ndiff(sigmoid(x), x) == sigmoid(x) * (1 - sigmoid(x))\nsoftmax([x0, x1], 0) == sigmoid(x0)\n", "check", "--file", "-", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal([(3, "proved"), (4, "refuted")], json.RootElement.EnumerateArray().Select(static claim => (claim.GetProperty("line").GetInt32(), claim.GetProperty("verdict").GetString()!)));
    }

    [Fact]
    public void EmptyStandardInputIsAUsageErrorThatSaysWhereItLooked()
    {
        var run = CliRun.WithInput("# nothing\n", "check", "-f", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: standard input has no claims", run.Error, StringComparison.Ordinal);
    }
}
