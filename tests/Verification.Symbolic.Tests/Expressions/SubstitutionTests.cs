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

    private static readonly Dictionary<string, Action> CallsWithANullArgument = new()
    {
        ["Apply(null, {})"] = () => Substitution.Apply(null!, new Dictionary<Symbol, Expr>()),
        ["Apply(x, null)"] = () => Substitution.Apply(X, null!),
        ["FindConflict(null, {})"] = () => Substitution.FindConflict(null!, new Dictionary<Symbol, Expr>()),

        // A tree without derivatives has nothing to check, so only the contract stops a null map.
        ["FindConflict(x, null)"] = () => Substitution.FindConflict(X, null!),
    };

    [Theory]
    [InlineData("Apply(null, {})", "expr")]
    [InlineData("Apply(x, null)", "replacements")]
    [InlineData("FindConflict(null, {})", "expr")]
    [InlineData("FindConflict(x, null)", "replacements")]
    public void AMissingArgumentIsRefusedByName(string call, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(CallsWithANullArgument[call]).ParamName);
}
