using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// Claims for every n (claim-language.md, "Claims for every n"): the trees they build and each rule
/// on lengths, vectors, positions and index variables, with the position of the offending token.
/// </summary>
public class GeneralClaimParsingTests
{
    private static GeneralClaim General(string text) => Assert.IsType<GeneralClaim>(ParseClaim(text));

    [Fact]
    public void PositionsAreIndexVariablesNumbersOrTheLengthMinusAConstant()
    {
        var claim = General("for all n >= 3, i in 0..n-1: z[i] + z[2] == z[n-3]");
        Assert.Equal(("n", 3), (claim.Size, claim.MinimumSize));
        Assert.Equal(["i"], claim.Indices);
        Assert.Equal(
            Eq(new Add(new Entry("z", new IndexVariable("i")), new Entry("z", new IndexConstant(2))), new Entry("z", new IndexFromEnd("n", 3))),
            claim.Identity);
        Assert.Empty(claim.Hypotheses);
    }

    [Fact]
    public void ABareVectorInsideAVectorArgumentIsItsEntryAtAFreshIndex()
    {
        // The claim binds k, so the entry index is the next fresh name, k1.
        // z is a vector because the right side passes it alone.
        var claim = General("for all n >= 1, k in 0..n-1: softmax(z + c, k) == softmax(z, k)");
        var shifted = new ElementwiseVector("n", "k1", new Add(new Entry("z", new IndexVariable("k1")), S("c")));
        var plainLogits = new ElementwiseVector("n", "k1", new Entry("z", new IndexVariable("k1")));
        Assert.Equal(Eq(new IndexedSoftmax(shifted, new IndexVariable("k")), new IndexedSoftmax(plainLogits, new IndexVariable("k"))), claim.Identity);

        var plain = General("for all n >= 1: logsumexp(z) == 1");
        Assert.Equal(Eq(new IndexedLogSumExp(new ElementwiseVector("n", "k", new Entry("z", new IndexVariable("k")))), C(1)), plain.Identity);
    }

    [Fact]
    public void HypothesesAreListedWithCommas()
    {
        var claim = General("for all n >= 1: a == b where a == 1, b == 2");
        Assert.Equal([Eq(S("a"), C(1)), Eq(S("b"), C(2))], claim.Hypotheses);
    }

    [Fact]
    public void APositionNeedsTheLengthToReachIt()
    {
        // z[n-2] exists from n = 2 on, z[1] from n = 2 on.
        Assert.Equal(2, General("for all n >= 2: z[n-2] == z[1]").MinimumSize);
        AssertError("for all n >= 1: z[n-2] == 0", 14, "the index of 'z' n-2 needs n >= 2, but the claim starts at n >= 1");
        AssertError("for all n >= 1: z[1] == 0", 14, "the index of 'z' 1 needs n >= 2, but the claim starts at n >= 1");

        // The largest requirement is the one reported, whatever the order.
        AssertError("for all n >= 1: z[3] + z[1] == 0", 14, "the index of 'z' 3 needs n >= 4, but the claim starts at n >= 1");
        AssertError("for all n >= 1: z[1] + z[3] == 0", 14, "the index of 'z' 3 needs n >= 4, but the claim starts at n >= 1");
    }

    [Fact]
    public void ASumFromAConstantToTheEndMayBeEmptyAndNeedsNothing()
    {
        Assert.Equal(1, General("for all n >= 1: sum(k in 3..n-1: z[k]) == 0").MinimumSize);
        AssertError("for all n >= 1: sum(k in 3..4: z[k]) == 0", 14, "the end of a sum 4 needs n >= 5, but the claim starts at n >= 1");
        AssertError("for all n >= 1: z[2] + sum(k in 0..n-1: z[k]) == 0", 14, "the index of 'z' 2 needs n >= 3, but the claim starts at n >= 1");
    }

    [Fact]
    public void TheLengthAndIndexVariablesAreNotNumbersOrVectors()
    {
        AssertError("for all n >= 1: softmax(n, 0) == 1", 9, "'n' is the length, so it cannot also name a vector");
        AssertError("for all n >= 1, i in 1..n-1: z[i] == 0", 22, "at general n, an index variable ranges over all the entries, 0..n-1 (write 'i in 0..n-1')");
        AssertError("for all n >= 1, i in 0..n-2: z[i] == 0", 22, "at general n, an index variable ranges over all the entries, 0..n-1 (write 'i in 0..n-1')");
        AssertError("for all n >= 1, i = 0: z[i] == 0", 21, "at general n, an index variable ranges over all the entries, 0..n-1 (write 'i in 0..n-1')");
        AssertError("for all n >= 1, z in 0..n-1: softmax(z, 0) == 1", 17, "'z' is a vector, so it cannot name an index variable");
        AssertError("for all n >= 1, n in 0..n-1: x == x", 17, "'n' is the length, so it cannot name an index variable");
        AssertError("for all n >= 1, i in 0..n-1: sum(i in 0..n-1: z[i]) == 1", 34, "index variable 'i' is already bound by 'for all' or an enclosing 'sum'");
    }

    [Fact]
    public void NamesAreCheckedAgainstTheVectors()
    {
        AssertError("for all n >= 1: z[0] == z", 25, "'z' is a vector of length n: write z[i] for one entry, or pass it whole to softmax, log_softmax, logsumexp or cross_entropy");
        AssertError("for all n >= 1: z[0] == z_", 25, "'z_' is spelled like an entry of the vector z: write z[…] for an entry, or give the scalar another name");
        AssertError("for all n >= 1: z[0] == z12", 25, "'z12' is spelled like an entry of the vector z: write z[…] for an entry, or give the scalar another name");
        Assert.Equal(Eq(new Entry("z", new IndexConstant(0)), S("z1a")), General("for all n >= 1: z[0] == z1a").Identity);
        Assert.Equal(Eq(new Entry("z", new IndexConstant(0)), S("zz")), General("for all n >= 1: z[0] == zz").Identity);
        AssertError("for all n >= 1, i in 0..n-1: z[i] == i", 38, "'i' is an index variable: at general n it can only be a position (z[i], softmax(z, i), delta(i, j)), not a number");
    }

    [Fact]
    public void AnEntryHasOneIndexAtAPosition()
    {
        AssertError("for all n >= 1: z[0, 0] == 0", 17, "at general n, an entry has one index, as in z[i]; 'z[0, 0]' is not one");
        AssertError("for all n >= 1: z[0..0] == 0", 17, "at general n, an entry has one index, as in z[i]; 'z[0..0]' is not one");
        // A subscripted name is a vector, so it cannot also be the length or an index variable.
        AssertError("for all n >= 1, i in 0..n-1: i[0] == 0", 17, "'i' is a vector, so it cannot name an index variable");
        AssertError("for all n >= 1: n[0] == 0", 9, "'n' is the length, so it cannot also name a vector");
        AssertError("for all n >= 1: z[1001] == 0", 19, "at general n, the index of 'z' must be an index variable (i), a number (0) or n - c (n - 1), not '1001'");
        AssertError("for all n >= 1: z[n-0] == 0", 19, "at general n, the index of 'z' must be an index variable (i), a number (0) or n - c (n - 1), not 'n-0'");
        AssertError("for all n >= 1: z[n-1001] == 0", 19, "at general n, the index of 'z' must be an index variable (i), a number (0) or n - c (n - 1), not 'n-1001'");
        AssertError("for all n >= 1: z[0.5] == 0", 19, "at general n, the index of 'z' must be an index variable (i), a number (0) or n - c (n - 1), not '0.5'");
        Assert.Equal(1000, General("for all n >= 1000: z[n-1000] == z[999]").MinimumSize);
    }

    [Fact]
    public void AVectorArgumentMustHoldAVectorAndSaysWhichArgument()
    {
        const string none = "(a name is a vector where the claim writes it with a subscript, z[i], or passes it alone to softmax, log_softmax, logsumexp or cross_entropy)";
        AssertError("for all n >= 1: logsumexp(2 * c) == logsumexp(z)", 27, $"the argument of logsumexp must be a vector of length n (such as z, or z + c), but '2 * c' holds none {none}");
        AssertError("for all n >= 1: cross_entropy(2 * c, y) == cross_entropy(z, y)", 31, $"the first argument of cross_entropy must be a vector of length n (such as z, or z + c), but '2 * c' holds none {none}");
        AssertError("for all n >= 1: cross_entropy(z, 2 * c) == cross_entropy(z, y)", 34, $"the second argument of cross_entropy must be a vector of length n (such as z, or z + c), but '2 * c' holds none {none}");
    }

    [Fact]
    public void DeltaAtGeneralNNamesWhichArgumentIsUnbound()
    {
        AssertError("for all n >= 1: delta(x, 0) == 0", 23, "'x' in the first argument of delta is not an index variable: bind it with 'for all n >= 1, x in 0..n-1: …' or a sum(...)");
        AssertError("for all n >= 1: delta(0, y) == 0", 26, "'y' in the second argument of delta is not an index variable: bind it with 'for all n >= 1, y in 0..n-1: …' or a sum(...)");
        Assert.Equal(new IndexDelta(new IndexVariable("i"), new IndexFromEnd("n", 1)), General("for all n >= 1, i in 0..n-1: delta(i, n-1) == 0").Identity.Left);
    }

    [Fact]
    public void AnExponentAtGeneralNSaysWhatTheNameIs()
    {
        const string prefix = "for all n >= 1, i in 0..n-1: ";
        AssertError(prefix + "x^i == z[i]", 32, "the exponent must be a number, but 'i' is an index variable, which has no value here");
        AssertError(prefix + "x^n == z[i]", 32, "the exponent must be a number, but 'n' is the length, which has no value here");
        AssertError(prefix + "x^z == z[i]", 32, "the exponent must be a number, but 'z' is a vector, which has no value here");
        AssertError(prefix + "x^y == z[i]", 32, "the exponent must be an integer, but 'y' is a symbol (only integer literals and the index variables of an enclosing 'for', 'sum' or 'prod' may appear there)");
    }

    [Fact]
    public void SumsAndVectorArgumentsFollowTheGeneralRules()
    {
        AssertError("for all n >= 1: prod(k in 0..n-1: z[k]) == 1", 17, "prod is not supported at general n (sum is)");
        AssertError("for all n >= 1, i in 0..n-1: sum(k in 0..i: z[k]) == 1", 39, "at general n, the bounds of a sum are numbers or n - c (as in 0..n-1), not index variables");
        AssertError("for all n >= 1, i in 0..n-1: sum(k in i..n-1: z[k]) == 1", 39, "at general n, the bounds of a sum are numbers or n - c (as in 0..n-1), not index variables");
        AssertError("for all n >= 1: sum(k in n-1..0: z[k]) == 1", 26, "the range n - 1..0 is empty for every large n");
        AssertError("for all n >= 1: softmax([a], 0) == 1", 25, "at general n, the first argument of softmax is a vector of length n such as z or z + c, not a list [...]");
        AssertError("for all n >= 1: diff(logsumexp(z), z) == 1", 36, "'z' is a vector of length n: write z[i] for one entry, or pass it whole to softmax, log_softmax, logsumexp or cross_entropy");
        AssertError("for all n >= 1: logsumexp(diff(z, z)) == logsumexp(z)", 35, "the variable of diff must be a symbol or one entry, as in diff(e, z[j]), not the whole vector 'z'");
        Assert.Equal(
            new Derivative(new IndexedLogSumExp(new ElementwiseVector("n", "k", new Entry("z", new IndexVariable("k")))), S("t")),
            General("for all n >= 1: diff(logsumexp(z), t) == 1").Identity.Left);
        Assert.Equal(
            new IndexedSum("k", new IndexConstant(0), new IndexConstant(0), new Entry("z", new IndexVariable("k"))),
            General("for all n >= 1: sum(k = 0: z[k]) == 1").Identity.Left);
    }
}
