using System.Text.RegularExpressions;

namespace Verification.Cli.Tests.Audit;

/// <summary><c>audit --replay</c>: the token a failure prints checks that one case again, with the same evidence.</summary>
public sealed partial class AuditReplayTests
{
    [Fact]
    public void TheReplayLineOfAFailureReproducesItsWorstCase()
    {
        var audit = CliRun.Of("audit", "--impl", "naive", "--cases", "40");
        var failure = FirstFailure(audit.Out);
        var token = ReplayToken().Match(failure).Groups["token"].Value;

        var replay = CliRun.Of("audit", "--impl", "naive", "--replay", token);

        Assert.Equal(1, replay.ExitCode);
        Assert.Contains("1 law × 1 implementation: 0 hold, 1 fail", replay.Out, StringComparison.Ordinal);
        var replayed = FirstFailure(replay.Out);
        Assert.Equal(Evidence(failure), Evidence(replayed));
        Assert.Contains($"--replay {token} ", replayed, StringComparison.Ordinal);
    }

    [Fact]
    public void AFixedImplementationHoldsOnTheReplayedCase()
    {
        var token = ReplayToken().Match(FirstFailure(CliRun.Of("audit", "--impl", "naive", "--cases", "40").Out)).Groups["token"].Value;

        var replay = CliRun.Of("audit", "--impl", "ours", "--replay", token);

        Assert.Equal(0, replay.ExitCode);
        Assert.Contains("1 hold, 0 fail", replay.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AShrunkCounterexampleIsShorterThanTheWorstOne()
    {
        var failure = FirstFailure(CliRun.Of("audit", "--impl", "naive", "--cases", "40").Out);
        var rows = Regex.Matches(failure, @"^\s+x = \[(?<row>[^\]]*)\]", RegexOptions.Multiline).Select(static m => m.Groups["row"].Value.Split(',').Length).ToList();

        Assert.Contains("smallest failing input (shrunk from the worst case):", failure, StringComparison.Ordinal);
        Assert.Equal(2, rows.Count);
        Assert.True(rows[1] < rows[0], $"the shrunk row has {rows[1]} entries, the worst {rows[0]}");
    }

    [Theory]
    [InlineData("softmax-rows-sum-to-one", "no law 'softmax-rows-sum-to-one'")]
    [InlineData("softmax-rows-sum-to-one:double:seed=1:cases=20:case=20", "case 20 is beyond the 20 cases drawn")]
    [InlineData("softmax-rows-sum-to-one:half:seed=1:cases=20:case=2", "precision 'half' is none of float, double, float-vs-double")]
    [InlineData("softmax-rows-sum-to-one:double:seed=-1:cases=20:case=2", "expected seed=<whole number> where it says 'seed=-1'")]
    [InlineData("no-such-law:double:seed=1:cases=20:case=2", "no law 'no-such-law' for that precision")]
    public void ABadTokenExits2SayingWhatIsWrong(string token, string expected)
    {
        var run = CliRun.Of("audit", "--replay", token);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--replay: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(token.Contains(':', StringComparison.Ordinal) ? expected : "expected law-id:float|double|float-vs-double", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SeedAndCasesCannotOverrideTheToken()
    {
        var run = CliRun.Of("audit", "--replay", "softmax-rows-sum-to-one:double:seed=1:cases=20:case=2", "--seed", "5");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--replay carries its own seed and case count", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ReplayAndResultsDoNotCombine()
    {
        var results = Path.Combine(Path.GetTempPath(), $"replay-{Guid.NewGuid():N}.json");
        File.WriteAllText(results, "{}");
        try
        {
            var run = CliRun.Of("audit", "--results", results, "--replay", "softmax-rows-sum-to-one:double:seed=1:cases=20:case=2");

            Assert.Equal(2, run.ExitCode);
            Assert.Contains("--replay and --results do not go together", run.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(results);
        }
    }

    /// <summary>The block of the first failure: from its ✗ line to its replay line.</summary>
    private static string FirstFailure(string output)
    {
        var start = output.IndexOf("\n✗ ", StringComparison.Ordinal);
        const string ReplayLineEnd = "to the same audit command";
        var end = output.IndexOf(ReplayLineEnd, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"no failure with a replay line in:\n{output}");
        return output[start..(end + ReplayLineEnd.Length)];
    }

    /// <summary>The counterexample lines, without the "k of n cases fail" count that differs between a run and its replay.</summary>
    private static string Evidence(string failure) => failure[failure.IndexOf('\n', 1)..failure.IndexOf("  replay:", StringComparison.Ordinal)];

    [GeneratedRegex(@"--replay (?<token>\S+) to the same audit command")]
    private static partial Regex ReplayToken();
}
