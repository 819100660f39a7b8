using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Verification.Cli.Tests.Cases;
using Verification.Laws.Controls;
using Verification.Laws.Kernels;
using Verification.Numerics;

namespace Verification.Cli.Tests.Audit;

/// <summary>
/// <c>audit --results</c> grades a results file with the same laws and tolerances as an in-process audit: the
/// reports of the two are identical, character for character, for kernels that hold every law and for kernels
/// that break some (which also shows that the recorded cases are every input the laws feed the kernels).
/// </summary>
public sealed class AuditResultsTests : IDisposable
{
    private const string Cases = "20";

    private static readonly string BuggyKernelsPath = typeof(BuggyKernels.Activations).Assembly.Location;

    private readonly ResultsFiles files = new();

    public void Dispose() => files.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void OurKernelsAnsweringTheCasesGetTheInProcessReportAndExit0(string format)
    {
        var results = files.Answer(files.Cases("--cases", Cases), Implementation.FromStaticClass(typeof(Activations), "ours"));

        var graded = CliRun.Of("audit", "--results", results, "--format", format);
        var inProcess = CliRun.Of("audit", "--impl", "ours", "--cases", Cases, "--format", format);

        Assert.Equal(0, graded.ExitCode);
        Assert.Equal(inProcess.Out, graded.Out);
        if (format == "text")
        {
            Assert.Contains("61 laws × 1 implementation: 61 hold, 0 fail, 0 not applicable", graded.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TheBuggySampleAnsweringTheCasesFailsExactlyItsJacobianLawsAsInProcess()
    {
        var buggy = Implementation.FromAssembly(BuggyKernelsPath, "BuggyKernels.Activations");
        var results = files.Answer(files.Cases("--cases", Cases), buggy);

        var graded = CliRun.Of("audit", "--results", results);
        var inProcess = CliRun.Of("audit", "--assembly", BuggyKernelsPath, "--type", "BuggyKernels.Activations", "--cases", Cases);

        Assert.Equal(1, graded.ExitCode);
        Assert.Equal(WithoutShrunkInputs(inProcess.Out), graded.Out);
        Assert.Equal(
            [
                "softmax-jacobian-rows-sum-to-zero (float)",
                "softmax-jacobian-equals-diag-minus-outer (float)",
                "softmax-jacobian-rows-sum-to-zero (double)",
                "softmax-jacobian-equals-diag-minus-outer (double)",
            ],
            FailedLaws(graded.Out));
    }

    [Fact]
    public void TheNaiveSoftmaxAnsweringTheCasesFailsTheLawsItFailsInProcess()
    {
        var results = files.Answer(files.Cases("--cases", Cases), NegativeControls.NaiveTextbookSoftmax.Implementation with { Name = "naive" });

        var graded = CliRun.Of("audit", "--results", results, "--format", "json");
        var inProcess = CliRun.Of("audit", "--impl", "naive", "--cases", Cases, "--format", "json");

        Assert.Equal(1, graded.ExitCode);
        Assert.Equal(WithoutShrunkInputs(JsonNode.Parse(inProcess.Out)!), JsonNode.Parse(graded.Out)!.ToJsonString());
        var laws = JsonNode.Parse(graded.Out)!["implementations"]![0]!["laws"]!.AsArray();
        Assert.Contains(laws, static law => (string?)law!["name"] == "softmax-finite-for-finite-input (double)" && (string?)law["status"] == "fail");
    }

    [Fact]
    public void AKernelLeftOutIsAbsentSoItsLawsAreNotApplicableAndRequireFails()
    {
        var sigmoidOnly = new Implementation(
            "sigmoid-only",
            new ActivationKernels<float>(Sigmoid: Activations.Sigmoid),
            new ActivationKernels<double>(Sigmoid: Activations.Sigmoid));
        var results = files.Answer(files.Cases("--cases", Cases), sigmoidOnly);

        var graded = CliRun.Of("audit", "--results", results);
        var required = CliRun.Of("audit", "--results", results, "--require", "softmax");

        Assert.Equal(0, graded.ExitCode);
        Assert.Matches(@"\| sigmoid-matches-reference \(double\) +\| +✓ +\|", graded.Out);
        Assert.Matches(@"\| softmax-rows-sum-to-one \(float\) +\| +– +\|", graded.Out);
        Assert.Equal(1, required.ExitCode);
        Assert.Contains("sigmoid-only: the required kernel Softmax is missing", required.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ACaseAnsweredWithAnErrorFailsItsLawsWithTheError()
    {
        var path = files.Answer(files.Cases("--cases", Cases, "--laws", "softmax-rows-sum-to-one (double)"), Implementation.FromStaticClass(typeof(Activations), "ours"));
        var document = JsonNode.Parse(File.ReadAllText(path))!;
        document["results"]![0] = new JsonObject { ["id"] = 0, ["error"] = "ValueError: width 0" };

        var graded = CliRun.Of("audit", "--results", files.Write(document.ToJsonString()));

        Assert.Equal(1, graded.ExitCode);
        Assert.Contains("kernel threw KernelReportedErrorException: case 0: ValueError: width 0", graded.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSuiteCarriesTheSamplingSoCasesAndSeedAreAUsageError()
    {
        var results = files.Answer(files.Cases("--cases", Cases), Implementation.FromStaticClass(typeof(Activations), "ours"));

        var run = CliRun.Of("audit", "--results", results, "--seed", "7");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--results carries the sampling", run.Error, StringComparison.Ordinal);
    }

    private static List<string> FailedLaws(string report) =>
        [.. report.Split('\n').Where(static line => line.StartsWith("✗ ", StringComparison.Ordinal)).Select(static line => line[2..line.IndexOf(" × ", StringComparison.Ordinal)])];

    /// <summary>
    /// The text report without its "smallest failing input" blocks: shrinking calls the kernels on inputs no results
    /// file answers, so only the in-process audit has them; everything else, replay lines included, is the same.
    /// </summary>
    private static string WithoutShrunkInputs(string text) =>
        Regex.Replace(text, @"^  smallest failing input \(shrunk from the worst case\):\n(?:    .*\n)+", string.Empty, RegexOptions.Multiline);

    /// <summary>The JSON report without its <c>smallestCounterexample</c> fields, for the same reason.</summary>
    private static string WithoutShrunkInputs(JsonNode report)
    {
        foreach (var implementation in report["implementations"]!.AsArray())
        {
            foreach (var law in implementation!["laws"]!.AsArray())
            {
                law!.AsObject().Remove("smallestCounterexample");
            }
        }

        return report.ToJsonString();
    }
}
