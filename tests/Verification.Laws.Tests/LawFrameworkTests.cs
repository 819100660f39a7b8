using FsCheck;
using FsCheck.Fluent;
using Verification.Laws.Definitions;
using Verification.Laws.Kernels;
using Verification.Laws.Results;

namespace Verification.Laws.Tests;

/// <summary>How <see cref="Law{TInput}"/> aggregates cases, independent of any real law.</summary>
public class LawFrameworkTests
{
    private static readonly Implementation Identity = new(
        "identity",
        new ActivationKernels<float>(),
        new ActivationKernels<double>(Softmax: static (x, destination) => x.CopyTo(destination)));

    [Fact]
    public void TheWorstCaseIsTheOneReported()
    {
        var result = new FirstOutputAtMostOne().Check(Identity, [[0.5], [3.0], [2.0], [-1.0]]);

        var failure = Assert.IsType<LawFails>(result);
        Assert.Equal(4, failure.CasesChecked);
        Assert.Equal(2, failure.FailingCases);
        Assert.Equal(3.0, failure.Worst.MeasuredError);
        Assert.Equal([3.0], failure.Worst.Inputs[0].Values);
        Assert.Contains("measured 3 > allowed 1", failure.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, double.NaN, true)]
    [InlineData(0.5, double.NaN, true)]
    [InlineData(double.NaN, 1.0, true)]
    [InlineData(double.PositiveInfinity, double.PositiveInfinity, true)]
    [InlineData(2.0, 1.0, true)]
    [InlineData(1.0, 1.0, false)]
    [InlineData(0.5, double.PositiveInfinity, false)]
    public void ACaseViolatesWhenTheErrorExceedsTheBoundOrEitherIsNotANumber(double measured, double allowed, bool violates)
    {
        // A NaN bound once let every error pass ("measured > NaN" is false): a law whose bound could not be
        // computed must fail the case, not hold it.
        var outcome = CaseOutcome.Measured(new Counterexample([], [], measured, allowed, "entry 0"));
        Assert.Equal(violates, outcome.Violates);
    }

    [Fact]
    public void TheHeadlineNamesANonNumberInsteadOfComparingIt()
    {
        Assert.Equal("measured 3 > allowed 1 at entry 0", new Counterexample([], [], 3, 1, "entry 0").Headline);
        Assert.Equal(
            "the output s[1] is NaN at entry 1",
            new Counterexample([], [new Observation("s", [0.5, double.NaN])], double.NaN, 1e-6, "entry 1").Headline);
        Assert.Equal(
            "measured 0, but the allowed error could not be computed (NaN) at entry 0",
            new Counterexample([], [], 0, double.NaN, "entry 0").Headline);
        Assert.DoesNotContain("NaN >", new Counterexample([], [new Observation("s", [double.NaN])], double.NaN, double.NaN, "row 0").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AHoldingLawReportsHowMuchOfItsBudgetItUsed()
    {
        var result = new FirstOutputAtMostOne().Check(Identity, [[0.5], [], [0.75]]);

        var holds = Assert.IsType<LawHolds>(result);
        Assert.Equal(2, holds.CasesChecked);
        Assert.Equal(1, holds.CasesSkipped);
        Assert.Equal(0.75, holds.WorstErrorToToleranceRatio);
    }

    [Fact]
    public void AMissingKernelMakesTheLawNotApplicable()
    {
        var result = new FirstOutputAtMostOne().Check(Identity with { DoublePrecision = new ActivationKernels<double>() }, [[0.5]]);

        Assert.Equal("no Softmax kernel (double)", Assert.IsType<LawNotApplicable>(result).Reason);
    }

    [Fact]
    public void TheFirstMissingRequiredKernelIsNamed()
    {
        // log-softmax-equals-log-of-softmax requires Softmax, then LogSoftmax.
        var law = new LogSoftmaxEqualsLogOfSoftmax<double>();

        var withoutLogSoftmax = law.Check(Identity, [[0.5]]);
        var withoutEither = law.Check(Identity with { DoublePrecision = new ActivationKernels<double>() }, [[0.5]]);

        Assert.Equal("no LogSoftmax kernel (double)", Assert.IsType<LawNotApplicable>(withoutLogSoftmax).Reason);
        Assert.Equal("no Softmax kernel (double)", Assert.IsType<LawNotApplicable>(withoutEither).Reason);
    }

    [Fact]
    public void ARequiredKernelMustBeOneTheBinderFills()
    {
        var failure = Assert.Throws<ArgumentException>(() => new RequiringLaw("Softmax", "SoftMaxJacobian"));

        Assert.Equal("requires", failure.ParamName);
        Assert.Contains("SoftMaxJacobian", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AThrowingKernelFailsTheLawWithTheException()
    {
        var throwing = Identity with
        {
            DoublePrecision = new ActivationKernels<double>(Softmax: static (_, _) => throw new InvalidOperationException("boom")),
        };

        var failure = Assert.IsType<LawFails>(new FirstOutputAtMostOne().Check(throwing, [[0.5]]));

        Assert.Contains("kernel threw InvalidOperationException: boom", failure.Worst.Where, StringComparison.Ordinal);
        Assert.Equal([0.5], failure.Worst.Inputs.Single(static o => o.Label == "x").Values);
    }

    [Fact]
    public void SamplingIsDeterministicForASeed()
    {
        var generator = Gen.Choose(0, 1_000_000);
        var sampling = new LawSampling(Cases: 25, Seed: 42);

        var first = sampling.Draw(generator).ToArray();
        var second = sampling.Draw(generator).ToArray();
        var otherSeed = (sampling with { Seed = 43 }).Draw(generator).ToArray();

        Assert.Equal(25, first.Length);
        Assert.Equal(first, second);
        Assert.NotEqual(first, otherSeed);
    }

    /// <summary>A law that only declares the kernels it requires.</summary>
    private sealed class RequiringLaw(params string[] kernels) : KernelLaw<double, double[]>("requiring", "requires kernels", null, kernels)
    {
        public override Arbitrary<double[]> DefaultInputs => Arb.From(Gen.Constant(Array.Empty<double>()));

        protected override CaseOutcome Evaluate(ActivationKernels<double> kernels, double[] input) => CaseOutcome.Skipped("nothing to check");
    }

    /// <summary>A toy law: softmax(x)[0] ≤ 1 (measured: the entry, clamped at 0; allowed: 1).</summary>
    private sealed class FirstOutputAtMostOne() : KernelLaw<double, double[]>(
        id: "first-output-at-most-one",
        statement: "softmax(x)[0] ≤ 1",
        provedBy: null,
        requires: nameof(ActivationKernels<double>.Softmax))
    {
        private static readonly double[] Zero = [0.0];

        public override Arbitrary<double[]> DefaultInputs => Arb.From(Gen.Constant(Zero));

        protected override CaseOutcome Evaluate(ActivationKernels<double> kernels, double[] input)
        {
            if (input.Length == 0)
            {
                return CaseOutcome.Skipped("empty");
            }

            var output = new double[input.Length];
            kernels.Softmax!(input, output);
            return Measured(Math.Max(0, output[0]), 1, "entry 0", [Observe("x", input)], [Observe("softmax(x)", output)]);
        }
    }
}
