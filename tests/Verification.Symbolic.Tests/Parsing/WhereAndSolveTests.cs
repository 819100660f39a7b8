using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// <c>where</c> substitutions and <c>solve</c> lists (claim-language.md, "Assumptions by
/// substitution" and "Claims"): what they produce, and each rule's error at the offending name.
/// </summary>
public class WhereAndSolveTests
{
    [Fact]
    public void ATargetUsedInAnEarlierInstanceOnlyIsStillUsed()
    {
        // x0 occurs in instance 0 and not in instance 1: the target occurs in some instance.
        var family = Assert.IsType<ClaimFamily>(ParseClaim("for i in 0..1: x[i] == 0 where x0 = 2"));
        Assert.Equal([Eq(C(2), C(0)), Eq(S("x1"), C(0))], family.Instances.Select(i => i.Claim));
    }

    [Fact]
    public void ATargetMayBeSubscriptedAndUseTheIndices()
    {
        Assert.Equal(Eq(C(2), S("b")), ParseClaim("a[1] == b where a[1] = 2"));
        var family = Assert.IsType<ClaimFamily>(ParseClaim("for i in 0..1: a[i] == i where a[i] = 5 * i"));
        Assert.Equal(
            [Eq(new Multiply(C(5), C(0)), C(0)), Eq(new Multiply(C(5), C(1)), C(1))],
            family.Instances.Select(i => i.Claim));
    }

    [Fact]
    public void WhereErrorsPointAtTheTargetOrTheReplacement()
    {
        AssertError("a == b where a = 1, a = 2", 21, "'a' is substituted twice");
        AssertError("a == b where a = a + 1", 18, "'a' is itself substituted, so it cannot occur in what replaces 'a' (the substitutions are simultaneous: write its replacement out)");
        AssertError("a == b where a[0..1] = 2", 14, "the target of 'where' must be a symbol, not a[0..1]");
        AssertError("for i in 0..0: x == i where i = 2", 29, "the target of 'where' must be a symbol, but 'i' is an index variable here");
        AssertError("solve w: w * x == y for all x where x = 1", 37, "cannot substitute 'x': it is a 'for all' variable");
        AssertError("diff(f, x) == diff(x, y) where x = y", 32, "cannot substitute 'x': it is the variable of a diff(…, x)");
        AssertError("a == b where c = 1", 14, "'c' does not occur in the claim, so 'where c = ...' changes nothing");
    }

    [Fact]
    public void ForAllListsItsVariablesInTheOrderWritten()
    {
        var solve = Assert.IsType<SolveClaim>(ParseClaim("solve w: w * x == y * z for all z, x, y"));
        Assert.Equal([S("z"), S("x"), S("y")], solve.ForAll);
        Assert.Equal([S("w")], solve.Unknowns);
        Assert.Equal(new Multiply(S("w"), S("x")), solve.Left);
        Assert.Equal(new Multiply(S("y"), S("z")), solve.Right);
    }

    [Fact]
    public void SolveListsAreCheckedForRepeatsAndPresence()
    {
        AssertError("solve w: w == x for all x, y", 28, "'y' does not occur in the equation");
        AssertError("solve w: w == x for all x, x", 28, "'x' is listed twice");
        AssertError("solve w[0..1], w1: w0 == w1", 16, "'w1' is listed twice");
        AssertError("solve w: w == x for all x for all x", 27, "a second 'for all': list every variable in one, separated by commas");
    }

    [Fact]
    public void ASolveMayNotListAnIndexVariableOrAReservedName()
    {
        AssertError("solve exp: x == 1", 7, "expected a symbol as an unknown of 'solve', found 'exp', which is reserved");
        AssertError("solve : x == 1", 7, "expected a symbol as an unknown of 'solve', found ':'");
        AssertError("solve w x == 1", 9, "expected ',' or ':' after the unknowns of 'solve', found 'x'");
        AssertError("solve (): x == 1", 7, "expected a symbol as an unknown of 'solve', found '('");
        AssertError("solve w): w == 1", 8, "unmatched ')': expected ',' or ':' after the unknowns of 'solve'");
        AssertError("solve w: w == x for all (", 25, "expected a symbol after 'for all', found '('");
    }
}
