using Verification.Laws.Controls;
using Verification.Laws.Kernels;
using Verification.Laws.Protocol;
using Verification.Laws.Results;

namespace Verification.Laws.Tests.Protocol;

/// <summary>
/// Grading from a results file is running the laws: for every law of the catalog, the implementation a results
/// file describes gets the result the kernels that wrote it get in-process (same cases, same worst counterexample,
/// same worst error/tolerance), for our kernels and for negative controls that break laws.
/// </summary>
public sealed class RecordedImplementationTests
{
    private static readonly LawSampling Sampling = new(Cases: 12, Seed: 3);

    public static TheoryData<string> Controls => ["NaiveTextbookSoftmax", "UnguardedSigmoid", "SignErrorJacobian", "ReversedCrossEntropyGradient"];

    [Fact]
    public void OurKernelsGradedFromTheirResultsHoldEveryLawWithTheInProcessNumbers()
    {
        var recorded = RoundTrip(OurKernels.Implementation);

        foreach (var law in LawCatalog.All)
        {
            var inProcess = law.CheckGenerated(OurKernels.Implementation, Sampling);
            var graded = law.CheckGenerated(recorded, Sampling);

            Assert.IsType<LawHolds>(graded);
            Assert.Equal(Describe(inProcess), Describe(graded));
        }
    }

    [Theory]
    [MemberData(nameof(Controls))]
    public void ANegativeControlGradedFromItsResultsFailsTheLawsItFailsInProcessWithTheSameCounterexample(string control)
    {
        var implementation = ((NegativeControl)typeof(NegativeControls).GetProperty(control)!.GetValue(null)!).Implementation;
        var recorded = RoundTrip(implementation);

        var inProcess = LawCatalog.All.Select(law => law.CheckGenerated(implementation, Sampling)).ToList();
        var graded = LawCatalog.All.Select(law => law.CheckGenerated(recorded, Sampling)).ToList();

        Assert.Contains(graded, static result => result is LawFails);
        Assert.Equal(inProcess.Select(Describe), graded.Select(Describe));
    }

    [Fact]
    public void RecordingDeduplicatesCallsAndListsEveryLawThatMakesThem()
    {
        var cases = CaseSet.Generate(LawCatalog.All, Sampling);

        var softmaxRows = cases.Cases.Where(static @case => @case.Kernel.Name == "Softmax" && @case.Laws.Contains("softmax-rows-sum-to-one (double)")).ToList();

        Assert.NotEmpty(softmaxRows);
        Assert.All(softmaxRows, static @case => Assert.Contains("softmax-entries-in-unit-interval (double)", @case.Laws));
        Assert.Equal(cases.Cases.Count, cases.Cases.Select(static @case => @case.Id).Distinct().Count());
        Assert.Equal(CaseSet.Generate(LawCatalog.All, Sampling).Suite.Digest, cases.Suite.Digest);
    }

    /// <summary>Case file text → the implementation's answers as results text → the implementation those answers describe.</summary>
    private static Implementation RoundTrip(Implementation implementation)
    {
        using var casesText = new MemoryStream();
        CaseFile.Write(casesText, CaseSet.Generate(LawCatalog.All, Sampling));
        using var resultsText = new MemoryStream();
        ResultWriter.Answer(System.Text.Encoding.UTF8.GetString(casesText.ToArray()), implementation, resultsText);
        return RecordedImplementation.From(ResultFile.Parse(System.Text.Encoding.UTF8.GetString(resultsText.ToArray()), "results.json"));
    }

    /// <summary>
    /// The result with its counterexample in full (a failure's ToString shows the worst case's inputs, outputs and
    /// replay token), without the shrunk input: shrinking calls the kernels on inputs no results file answers, so
    /// only the in-process check has one.
    /// </summary>
    private static string Describe(LawResult result) => result is LawFails failure ? (failure with { Smallest = null }).ToString() : result.ToString();
}
