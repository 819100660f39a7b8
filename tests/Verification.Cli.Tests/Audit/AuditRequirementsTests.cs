using Verification.Cli.Audit;
using Verification.Laws;
using Verification.Laws.Kernels;

namespace Verification.Cli.Tests.Audit;

public sealed class AuditRequirementsTests
{
    /// <summary>A library with a sigmoid and nothing else: every softmax law is "not applicable" to it.</summary>
    private static readonly Implementation SigmoidOnly = Implementation.FromStaticClass(typeof(SigmoidRightSoftmaxNaive), "sigmoid-only") is var bound
        ? bound with { DoublePrecision = bound.DoublePrecision with { Softmax = null } }
        : throw new InvalidOperationException();

    private static readonly AuditReport SigmoidOnlyAudit = AuditRunner.Run(
        [LawCatalog.Find("sigmoid-reflection (double)")!, LawCatalog.Find("softmax-rows-sum-to-one (double)")!],
        [SigmoidOnly],
        new LawSampling(Cases: 20, Seed: 3));

    [Fact]
    public void KernelNamesAreMatchedIgnoringCaseAndSpelledAsTheKernelsAre()
    {
        Assert.Equal("Softmax", AuditRequirements.KnownKernel("SOFTMAX"));
        Assert.Equal("LogSumExp", AuditRequirements.KnownKernel(" logsumexp "));
        Assert.Null(AuditRequirements.KnownKernel("softmx"));
        Assert.Equal(new ActivationKernels<double>(Sigmoid: static (_, _) => { }, Softmax: static (_, _) => { }).PresentKernelNames, AuditRequirements.KnownKernels.Where(static k => k is "Softmax" or "Sigmoid"));
    }

    [Fact]
    public void WithoutRequirementsALibraryWithOnlyASigmoidPassesOnTheLawsItCanBeCheckedOn()
    {
        Assert.Empty(AuditRequirements.None.Violations(SigmoidOnlyAudit));
        Assert.Equal(ExitCode.Success, AuditRequirements.None.ExitCodeOf(SigmoidOnlyAudit));
    }

    [Fact]
    public void ARequiredKernelThatIsMissingFailsTheAuditNamingIt()
    {
        var requirements = new AuditRequirements(["sigmoid", "softmax"], FailOnNotApplicable: false);

        Assert.Equal(["sigmoid-only: the required kernel Softmax is missing (found: Sigmoid)"], requirements.Violations(SigmoidOnlyAudit));
        Assert.Equal(ExitCode.Failure, requirements.ExitCodeOf(SigmoidOnlyAudit));
    }

    [Fact]
    public void AKernelInOnePrecisionIsEnough()
    {
        var requirements = new AuditRequirements(["Sigmoid"], FailOnNotApplicable: false);

        Assert.Empty(SigmoidOnly.SinglePrecision.PresentKernelNames);
        Assert.Equal(ExitCode.Success, requirements.ExitCodeOf(SigmoidOnlyAudit));
    }

    [Fact]
    public void FailOnNotApplicableTurnsEachUncheckedLawIntoAViolation()
    {
        var requirements = new AuditRequirements([], FailOnNotApplicable: true);

        Assert.Equal(
            ["sigmoid-only: softmax-rows-sum-to-one (double) is not applicable (no Softmax kernel (double)) and --fail-on-not-applicable is set"],
            requirements.Violations(SigmoidOnlyAudit));
        Assert.Equal(ExitCode.Failure, requirements.ExitCodeOf(SigmoidOnlyAudit));
    }
}
