using System.Text.Json;
using System.Xml.Linq;
using Verification.Laws;

namespace Verification.Cli.Tests.Audit;

/// <summary><c>audit --format</c>, <c>--require</c> and <c>--fail-on-not-applicable</c> through the whole program.</summary>
public sealed class AuditOptionsTests
{
    private static readonly string BuggyKernels = typeof(BuggyKernels.Activations).Assembly.Location;

    [Fact]
    public void JsonHasEveryLawOfTheCatalogAndTheExitCode()
    {
        var run = CliRun.Of("audit", "--impl", "naive", "--cases", "20", "--format", "json");

        Assert.Equal(1, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var summary = json.RootElement.GetProperty("summary");
        Assert.Equal(LawCatalog.All.Count, summary.GetProperty("laws").GetInt32());
        Assert.Equal(1, summary.GetProperty("exitCode").GetInt32());
        var laws = json.RootElement.GetProperty("implementations")[0].GetProperty("laws");
        Assert.Equal(LawCatalog.All.Select(static law => law.Name), laws.EnumerateArray().Select(static law => law.GetProperty("name").GetString()));
        Assert.Equal(20, json.RootElement.GetProperty("cases").GetInt32());
    }

    [Fact]
    public void JUnitHasOneSuitePerImplementationAndOneCasePerLaw()
    {
        var run = CliRun.Of("audit", "--impl", "all", "--cases", "10", "--format", "junit");

        Assert.Equal(1, run.ExitCode);
        var suites = XDocument.Parse(run.Out).Root!.Elements("testsuite").ToList();
        Assert.Equal(["ours", "tensorprimitives", "naive"], suites.Select(static suite => (string?)suite.Attribute("name")));
        Assert.All(suites, static suite => Assert.Equal(LawCatalog.All.Count, suite.Elements("testcase").Count()));
        Assert.Equal("0", (string?)suites[0].Attribute("failures"));
        Assert.NotEqual("0", (string?)suites[2].Attribute("failures"));
    }

    [Fact]
    public void ARequiredKernelMissingFromTheAssemblyExits1NamingIt()
    {
        var run = CliRun.Of("audit", "--assembly", BuggyKernels, "--type", "BuggyKernels.Activations", "--cases", "10", "--require", "softmax,Tanh");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("error: BuggyKernels.Activations (BuggyKernels.dll): the required kernel Tanh is missing (found: Softmax, Sigmoid, SoftmaxJacobian)", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("kernel Softmax is missing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredKernelsThatArePresentKeepExit0()
    {
        var run = CliRun.Of("audit", "--impl", "ours", "--cases", "10", "--require", "SOFTMAX", "--require", "sigmoid,logsumexp", "--fail-on-not-applicable");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("error:", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--require", "softmax,softmx", "'softmx'")]
    [InlineData("--format", "yaml", "'yaml'")]
    public void ABadValueIsAUsageErrorThatNamesIt(string option, string value, string named)
    {
        var run = CliRun.Of("audit", "--impl", "ours", option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(string.Empty, run.Out);
        Assert.Contains(named, run.Error, StringComparison.Ordinal);
    }
}
