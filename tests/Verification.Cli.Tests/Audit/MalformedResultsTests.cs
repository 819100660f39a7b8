using System.Text.Json.Nodes;
using Verification.Cli.Tests.Cases;
using Verification.Laws.Kernels;
using Verification.Numerics;

namespace Verification.Cli.Tests.Audit;

/// <summary>
/// A results file that cannot be graded is a usage error (exit 2) whose message names the file, the JSON path of
/// what is wrong and what was expected: each case below breaks one thing in an otherwise valid file.
/// </summary>
public sealed class MalformedResultsTests : IDisposable
{
    private readonly ResultsFiles files = new();
    private readonly string valid;

    public MalformedResultsTests()
    {
        var cases = files.Cases("--cases", "5", "--laws", "softmax-rows-sum-to-one (double)");
        valid = File.ReadAllText(files.Answer(cases, Implementation.FromStaticClass(typeof(Activations), "ours")));
    }

    public void Dispose() => files.Dispose();

    [Fact]
    public void TheValidFileGrades() => Assert.Equal(0, CliRun.Of("audit", "--results", files.Write(valid)).ExitCode);

    [Theory]
    [InlineData("not JSON", "$: not valid JSON")]
    [InlineData("bare NaN", "must be the strings \"NaN\", \"Infinity\", \"-Infinity\"")]
    [InlineData("other protocol", "$.protocol: expected \"verification-results/1\", found \"verification-cases/1\"")]
    [InlineData("no suite", "$: missing member \"suite\" (an object)")]
    [InlineData("unknown law", "$.suite.laws[0]: no law is named \"softmax-sums-to-two (double)\"")]
    [InlineData("other digest", "$.suite.digest: sha256:0 does not match the cases")]
    [InlineData("short output", "$.results[0].output: case 0 (Softmax) needs")]
    [InlineData("output not numbers", "$.results[0].output[1]: expected a number or \"NaN\", \"Infinity\", \"-Infinity\", found true")]
    [InlineData("output and error", "$.results[0]: expected exactly one of \"output\"")]
    [InlineData("answered twice", "$.results[1].id: case 0 is answered twice")]
    [InlineData("id out of range", "$.results[0].id: expected an integer from 0 to")]
    [InlineData("kernel partly answered", "$.results: Softmax (double) is answered for")]
    public void AMalformedFileExits2NamingTheFileThePathAndTheProblem(string breakage, string expected)
    {
        var path = files.Write(Break(breakage));

        var run = CliRun.Of("audit", "--results", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith($"error: {path}: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
    }

    private string Break(string breakage)
    {
        if (breakage == "not JSON")
        {
            return valid[..(valid.Length / 2)];
        }

        if (breakage == "bare NaN")
        {
            var at = valid.IndexOf("\"output\":[", StringComparison.Ordinal) + "\"output\":[".Length;
            return valid[..at] + "NaN," + valid[at..];
        }

        var document = JsonNode.Parse(valid)!.AsObject();
        var results = document["results"]!.AsArray();
        var first = results[0]!.AsObject();
        switch (breakage)
        {
            case "other protocol":
                document["protocol"] = "verification-cases/1";
                break;
            case "no suite":
                document.Remove("suite");
                break;
            case "unknown law":
                document["suite"]!["laws"]![0] = "softmax-sums-to-two (double)";
                break;
            case "other digest":
                document["suite"]!["digest"] = "sha256:0";
                break;
            case "short output":
                first["output"]!.AsArray().RemoveAt(0);
                break;
            case "output not numbers":
                first["output"]![1] = true;
                break;
            case "output and error":
                first["error"] = "ValueError";
                break;
            case "answered twice":
                results[1]!["id"] = 0;
                break;
            case "id out of range":
                first["id"] = 100_000;
                break;
            default:
                results.RemoveAt(1);
                break;
        }

        return document.ToJsonString();
    }
}
