using Fractions;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Tests.EveryN;

/// <summary>
/// The derivative by an entry, as an expression: ∂z_j/∂z_j is the constant 1 (not δ_jj), and a sum whose
/// body does not depend on the entry differentiates to the constant 0 (not Σ_k 0).
/// </summary>
public class EntryDifferentiatorTests
{
    private static readonly Entry Zj = new("z", new IndexVariable("j"));

    [Fact]
    public void AnEntryByItselfIsOne() =>
        Assert.Equal(Constant.One, EntryDifferentiator.Resolve(new EntryDerivative(Zj, Zj)));

    [Fact]
    public void AnEntryByAnotherIndexOfTheSameVectorIsADelta()
    {
        var zk = new Entry("z", new IndexVariable("k"));
        Assert.Equal(new IndexDelta(zk.Index, Zj.Index), EntryDifferentiator.Resolve(new EntryDerivative(zk, Zj)));
    }

    [Fact]
    public void ASumFreeOfTheEntryIsZero()
    {
        // Σ_k y_k does not depend on z_j: its derivative is 0 itself.
        var sum = new IndexedSum("k", new IndexConstant(0), new IndexFromEnd("n", 1), new Entry("y", new IndexVariable("k")));
        Assert.Equal(new Constant(Fraction.Zero), EntryDifferentiator.Resolve(new EntryDerivative(sum, Zj)));
    }
}
