using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Expressions;

public class SubstitutionTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    [Fact]
    public void ReplacementsAreSimultaneousAndUntouchedTreesAreKept()
    {
        // x ↦ y, y ↦ x swaps the two: a replacement is not rewritten again.
        var expression = new Add(new Sigmoid(X), new Exp(Y));
        var swapped = Substitution.Apply(expression, new Dictionary<Symbol, Expr> { [X] = Y, [Y] = X });
        Assert.Equal(new Add(new Sigmoid(Y), new Exp(X)), swapped);

        var untouched = Substitution.Apply(expression, new Symbol("z"), 1);
        Assert.Same(expression, untouched);
        Assert.Same(expression, Substitution.Apply(expression, new Dictionary<Symbol, Expr>()));
    }

    [Fact]
    public void AMissingArgumentIsRefusedByName()
    {
        var none = new Dictionary<Symbol, Expr>();
        Assert.Equal("expr", Assert.Throws<ArgumentNullException>(() => Substitution.Apply(null!, none)).ParamName);
        Assert.Equal("replacements", Assert.Throws<ArgumentNullException>(() => Substitution.Apply(X, null!)).ParamName);

        // A tree without derivatives has nothing to check, so only the contract stops a null map.
        Assert.Equal("expr", Assert.Throws<ArgumentNullException>(() => Substitution.FindConflict(null!, none)).ParamName);
        Assert.Equal("replacements", Assert.Throws<ArgumentNullException>(() => Substitution.FindConflict(X, null!)).ParamName);
    }
}
