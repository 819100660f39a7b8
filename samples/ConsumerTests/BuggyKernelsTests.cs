using Verification.Laws;
using Verification.Laws.Kernels;
using Verification.Laws.Results;

namespace ConsumerTests;

/// <summary>
/// samples/BuggyKernels computes the softmax Jacobian as sᵢ(δᵢⱼ + sⱼ) instead of sᵢ(δᵢⱼ − sⱼ). Row i then sums to
/// sᵢ(1 + Σⱼ sⱼ) = 2sᵢ instead of 0 and the matrix is not diag(s) − ssᵀ, so exactly those two laws fail, in float
/// and in double; diag(s) + ssᵀ is still symmetric and positive semi-definite, so those laws hold; its
/// softmax and sigmoid are right; the laws of kernels it does not have (log-softmax, tanh, VJP, …) are not applicable.
/// </summary>
public sealed class BuggyKernelsTests
{
    private static readonly Implementation Buggy = Implementation.FromStaticClass(typeof(BuggyKernels.Activations));

    private static readonly HashSet<string> BrokenBySignError =
        ["softmax-jacobian-rows-sum-to-zero", "softmax-jacobian-equals-diag-minus-outer"];

    private static readonly HashSet<string> KeptDespiteSignError =
    [
        "softmax-jacobian-symmetric", "softmax-jacobian-positive-semidefinite",
        "softmax-rows-sum-to-one", "softmax-shift-invariance", "sigmoid-equals-two-way-softmax", "sigmoid-reflection",
    ];

    public static TheoryData<string> EveryLaw { get; } = [.. LawCatalog.All.Select(static law => law.Name)];

    [Theory]
    [MemberData(nameof(EveryLaw))]
    public void Only_the_laws_the_sign_error_breaks_fail(string lawName)
    {
        var law = LawCatalog.Find(lawName)!;

        var result = law.CheckGenerated(Buggy, Sampling.Audit);

        if (BrokenBySignError.Contains(law.Id))
        {
            Assert.True(result is LawFails, result.ToString());
        }
        else if (KeptDespiteSignError.Contains(law.Id))
        {
            Assert.True(result is LawHolds, result.ToString());
        }
        else
        {
            Assert.True(result is LawHolds or LawNotApplicable, result.ToString());
        }
    }
}
