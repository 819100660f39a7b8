using FsCheck;
using FsCheck.Fluent;
using Verification.Laws.Controls;
using Verification.Laws.Definitions;
using Verification.Laws.Results;

namespace Verification.Laws.Tests;

/// <summary>The assertions and properties a user's own test project calls (xunit here; any framework works).</summary>
public class LawAssertTests
{
    private static readonly LawSampling Quick = new(Cases: 30, Seed: 7);

    [Fact]
    public void OurKernelsHoldEveryLaw() => LawAssert.AllHold(OurKernels.Implementation, Quick);

    [Fact]
    public void AFailingLibraryGetsOneMessageNamingEachFailingLawAndTheReplay()
    {
        var control = NegativeControls.NaiveTanh;

        var failure = Assert.Throws<LawViolationException>(() => LawAssert.AllHold(control.Implementation, Quick));

        Assert.NotEmpty(failure.Failures);
        Assert.All(failure.Failures, static result => Assert.IsType<LawFails>(result));
        Assert.Contains($"of {LawCatalog.All.Count} laws fail for {control.Implementation.Name}:", failure.Message, StringComparison.Ordinal);
        Assert.Contains("✗ tanh-is-odd (float)", failure.Message, StringComparison.Ordinal);
        Assert.Contains("new LawSampling(Cases: 30, Seed: 7, MaximumSize: 100)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingKernelIsSkippedUnlessEveryKernelIsRequired()
    {
        // The naive-tanh control has only tanh-family kernels: the softmax laws are not applicable to it.
        var softmaxLaw = new SoftmaxRowsSumToOne<double>();
        LawAssert.AllHold(NegativeControls.NaiveTanh.Implementation, Quick, [softmaxLaw]);

        var failure = Assert.Throws<LawViolationException>(() => LawAssert.Holds(softmaxLaw, NegativeControls.NaiveTanh.Implementation, Quick));
        Assert.IsType<LawNotApplicable>(Assert.Single(failure.Failures));
    }

    [Fact]
    public void ALawIsAnFsCheckPropertyThatHoldsForOursAndIsFalsifiedForAControl()
    {
        var law = new TanhIsOdd<float>();
        var config = Config.QuickThrowOnFailure.WithMaxTest(200);

        Check.One(config, law.ToProperty(OurKernels.Implementation));
        var failure = Assert.ThrowsAny<Exception>(() => Check.One(config, law.ToProperty(NegativeControls.NaiveTanh.Implementation)));
        Assert.Contains("Falsifiable", failure.Message, StringComparison.Ordinal);
        Assert.Contains("tanh-is-odd (float) FAILS", failure.Message, StringComparison.Ordinal);
    }
}
