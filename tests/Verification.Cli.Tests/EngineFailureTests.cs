using Verification.Cli.Check;
using Verification.Symbolic;

namespace Verification.Cli.Tests;

/// <summary>A claim the engine fails on (a bug) is reported as that claim's error; the others stand.</summary>
public sealed class EngineFailureTests
{
    private static readonly ClaimReport[] Reports =
    [
        new(1, "sigmoid(-x) == 1 - sigmoid(x)", ClaimChecker.Check("sigmoid(-x) == 1 - sigmoid(x)")),
        new(2, "broken", new CheckFailed("the engine failed on this claim (InvalidOperationException: planted)", new InvalidOperationException("planted"))),
    ];

    [Fact]
    public void TheTextReportNamesTheFailureAndCountsItAsAnError()
    {
        using var output = new StringWriter();
        TextReportWriter.Write(output, Reports);

        Assert.Contains("line 2: broken\n  error: the engine failed on this claim (InvalidOperationException: planted)\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("2 claims: 1 proved, 0 refuted, 0 unknown, 1 error\n", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Equal(ExitCode.Inconclusive, ClaimRunner.ExitCodeOf(Reports));
    }

    [Fact]
    public void TheJsonReportGivesTheMessage()
    {
        using var output = new StringWriter();
        JsonReportWriter.Write(output, Reports);

        Assert.Contains("\"verdict\": \"error\",\n    \"message\": \"the engine failed on this claim (InvalidOperationException: planted)\"", output.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }
}
