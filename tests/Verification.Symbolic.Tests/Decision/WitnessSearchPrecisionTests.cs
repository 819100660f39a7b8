using Verification.Symbolic.Decision;
using Verification.Symbolic.Evaluation;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Decision;

/// <summary>
/// When the witness search raises its precision: at a point where a side could not be enclosed only for
/// lack of bits (a divisor whose enclosure straddles 0), and never at a point where a side is undefined
/// (log of a negative number); and never beyond the caller's cap.
/// </summary>
public class WitnessSearchPrecisionTests
{
    private static readonly Symbol X = new("x");

    // 1 / ((1 + 10^(−400)) − 1) = 10^400; at 256 bits the divisor's enclosure is [0, 2^(−256)] or so, which holds 0.
    private static readonly Expr HugeAfterCancellation =
        new Divide(1, new Subtract(new Add(1, new Divide(1, new Power(10, 400))), 1));

    // log(−1 − x²) is undefined at every real x: more bits cannot help.
    private static readonly Expr Undefined = new Log(new Negate(new Add(1, new Power(X, 2))));

    [Fact]
    public void ALeftSideThatNeedsMoreBitsIsRetriedUntilItSeparates()
    {
        var witness = WitnessSearch.Find(HugeAfterCancellation, Constant.Zero);
        Assert.NotNull(witness);
        Assert.True(witness.PrecisionBits > 1329, $"separated at {witness.PrecisionBits} bits, below the 1329 that 10^(−400) needs");
    }

    [Fact]
    public void ARightSideThatNeedsMoreBitsIsRetriedUntilItSeparates()
    {
        var witness = WitnessSearch.Find(Constant.Zero, HugeAfterCancellation);
        Assert.NotNull(witness);
        Assert.True(witness.PrecisionBits > 1329, $"separated at {witness.PrecisionBits} bits, below the 1329 that 10^(−400) needs");
    }

    [Fact]
    public void TheCallersPrecisionCapIsHonoured()
    {
        var exponential = new Exp(X);
        var shifted = new Add(new Exp(X), new Divide(1, new Power(10, 400)));
        Assert.NotNull(WitnessSearch.Find(exponential, shifted, limits: null, sidesDiffer: true));
        Assert.Null(WitnessSearch.Find(exponential, shifted, new EngineLimits(WitnessAttempts: 2, MaxWitnessPrecisionBits: 512), sidesDiffer: true));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void AnUndefinedSideIsNotRetriedAtHigherPrecision(bool undefinedOnTheLeft)
    {
        // The operations spent with the default cap equal those spent when no escalation is possible (cap = start).
        var (left, right) = undefinedOnTheLeft ? (Undefined, (Expr)Constant.Zero) : (Constant.Zero, Undefined);
        long OperationsWithCap(int bits)
        {
            var limits = new EngineLimits(MaxWitnessPrecisionBits: bits);
            var budget = new EvaluationBudget(limits.MaxWitnessOperations);
            Assert.Null(WitnessSearch.Find(left, right, limits, sidesDiffer: true, budget));
            Assert.Equal(limits.WitnessAttempts, budget.PointsTried);
            return budget.Operations;
        }

        Assert.Equal(OperationsWithCap(WitnessSearch.StartPrecisionBits), OperationsWithCap(5120));
    }
}
