using Fractions;
using Verification.Symbolic.Canonical;
using Verification.Symbolic.Equivalence;

namespace Verification.Symbolic.Tests.Equivalence;

/// <summary>
/// Gauss–Jordan elimination on a system whose pivot is not 1 and whose second row must really be reduced: the
/// Expressions/Equivalence mutation slice showed that dividing by the pivot (a/p → a·p) and subtracting the pivot
/// row (a − f·n → a + f·n) went unchecked, since every system the solver tests met had unit pivots.
/// </summary>
public class LinearSystemTests
{
    private static Polynomial Linear(long u, long v, long constant) =>
        Polynomial.Atom("u").Scale(new Fraction(u)).Add(Polynomial.Atom("v").Scale(new Fraction(v))).Add(Polynomial.Constant(new Fraction(constant)));

    [Fact]
    public void ATwoByTwoSystemWithANonUnitPivotIsSolvedExactly()
    {
        // 2u + 3v = 7 and 4u − v = 7: u = 2, v = 1 (2·2 + 3·1 = 7, 4·2 − 1 = 7).
        var system = new LinearSystem(["u", "v"]);
        Assert.True(system.TryAddEquation(Linear(2, 3, -7)));
        Assert.True(system.TryAddEquation(Linear(4, -1, -7)));

        var solution = system.Solve();

        Assert.NotNull(solution);
        Assert.Empty(solution.Free);
        Assert.Empty(solution.Conditions);
        var values = solution.Assignments.ToDictionary(a => a.Unknown, a => a.Value);
        Assert.Equal(Polynomial.Constant(new Fraction(2)), values["u"]);
        Assert.Equal(Polynomial.Constant(new Fraction(1)), values["v"]);
    }

    [Fact]
    public void ADependentRowWithADifferentConstantIsInconsistent()
    {
        // 3u + 6v = 3 and u + 2v = 2: the second is the first over 3 but for its constant, so no solution.
        var system = new LinearSystem(["u", "v"]);
        Assert.True(system.TryAddEquation(Linear(3, 6, -3)));
        Assert.True(system.TryAddEquation(Linear(1, 2, -2)));

        Assert.Null(system.Solve());
    }

    [Fact]
    public void ADependentRowWithTheSameConstantLeavesAnUnknownFree()
    {
        // u + v = 1 and 2u + 2v = 2 are one equation: u = 1 − v for every v, with no condition.
        var system = new LinearSystem(["u", "v"]);
        Assert.True(system.TryAddEquation(Linear(1, 1, -1)));
        Assert.True(system.TryAddEquation(Linear(2, 2, -2)));

        var solution = system.Solve();

        Assert.NotNull(solution);
        Assert.Equal(["v"], solution.Free);
        Assert.Empty(solution.Conditions);
        var (unknown, value) = Assert.Single(solution.Assignments);
        Assert.Equal("u", unknown);
        Assert.Equal(Polynomial.Constant(Fraction.One).Subtract(Polynomial.Atom("v")), value);
    }

    [Fact]
    public void TheKeyOfASolutionListsUnknownsAndConditionsInOrdinalOrder()
    {
        // Unknowns declared v before u, conditions met d before c: the key must not depend on either order,
        // since it is what makes two partitions' equal solutions one family.
        var system = new LinearSystem(["v", "u"]);
        Assert.True(system.TryAddEquation(Polynomial.Atom("v").Subtract(Polynomial.Atom("a"))));
        Assert.True(system.TryAddEquation(Polynomial.Atom("u").Subtract(Polynomial.Atom("b"))));
        Assert.True(system.TryAddEquation(Polynomial.Atom("d").Negate()));
        Assert.True(system.TryAddEquation(Polynomial.Atom("c").Negate()));

        var solution = system.Solve();

        Assert.NotNull(solution);
        Assert.Equal("u=b; v=a | c; d", solution.Key);
    }
}
