using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;
using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Parsing;

public class ExtensionTests
{
    private static ClaimFamily Family(string text) => Assert.IsType<ClaimFamily>(ParseClaim(text));

    private static SolveClaim Solve(string text) => Assert.IsType<SolveClaim>(ParseClaim(text));

    [Fact]
    public void JacobianOfSoftmaxForFourLogitsIsAFamilyOfSixteen()
    {
        var family = Family("for i, j in 0..3: diff(softmax([z[0..3]], i), z[j]) == softmax([z[0..3]], i) * (delta(i, j) - softmax([z[0..3]], j))");

        Assert.Equal(16, family.Instances.Count);
        var z = Symbols("z", 0, 3);
        var k = 0;
        for (var i = 0; i <= 3; i++)
        {
            for (var j = 0; j <= 3; j++)
            {
                var instance = family.Instances[k++];
                Assert.Equal(["i", "j"], instance.Indices.Keys);
                Assert.Equal([i, j], instance.Indices.Values);
                Assert.Equal(
                    Eq(new Derivative(new Softmax(z, i), S($"z{j}")), new Multiply(new Softmax(z, i), new Subtract(new KroneckerDelta(i, j), new Softmax(z, j)))),
                    instance.Claim);
            }
        }
    }

    [Fact]
    public void BindersMayHaveTheirOwnRangesAndUseEarlierOnes()
    {
        var family = Family("for i in 0..2, j in 0..i: delta(i, j) == delta(j, i)");
        Assert.Equal([(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2)], family.Instances.Select(x => (x.Indices["i"], x.Indices["j"])));

        var nested = Family("for b = 1: for a in 0..1: x[a, b] == x[a][b]");
        Assert.Equal([Eq(S("x01"), S("x01")), Eq(S("x11"), S("x11"))], nested.Instances.Select(x => x.Claim));
        Assert.Equal(["a", "b"], nested.Instances[0].Indices.Keys);
    }

    [Fact]
    public void IndexArithmeticInSubscriptsAndIndexVariablesAsNumbers()
    {
        var family = Family("for i in 0..1: z[i + 1] * z[2 * i] == i * x^(i + 1) + softmax([a, b, c], 2 - i)");
        Assert.Equal(
            Eq(new Multiply(S("z1"), S("z0")), new Add(new Multiply(C(0), Pow(S("x"), 1)), new Softmax(L(S("a"), S("b"), S("c")), 2))),
            family.Instances[0].Claim);
        Assert.Equal(
            Eq(new Multiply(S("z2"), S("z2")), new Add(new Multiply(C(1), Pow(S("x"), 2)), new Softmax(L(S("a"), S("b"), S("c")), 1))),
            family.Instances[1].Claim);
    }

    [Fact]
    public void IndexArithmeticIsExactAndMustEndInAnInteger()
    {
        Assert.Equal(Eq(S("z2"), Pow(S("x"), 8)), Family("for i in 3..3: z[(i + 1) / 2] == x^(i - 1)^3").Instances[0].Claim);
        Assert.Contains("must be an integer, not i / 2", ParseFailure("for i in 3..3: z[i / 2] == 0").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ForAllAndWhereComeInEitherOrder()
    {
        var first = Solve("solve w: w * x == y for all x where y = 2 * x");
        var second = Solve("solve w: w * x == y where y = 2 * x for all x");
        Assert.Equal((first.Left, first.Right), (second.Left, second.Right));
        Assert.Equal(first.ForAll, second.ForAll);
        Assert.Equal(new Multiply(C(2), S("x")), first.Right);
    }

    [Fact]
    public void RangesInsideVectorsExpand() =>
        Assert.Equal(
            new LogSumExp(L(S("a"), S("z0"), S("z1"), S("z2"), S("w39"), S("w49"))),
            ParseExpr("logsumexp([a, z[0..2], w[3..4, 9]])"));

    [Fact]
    public void SumAndProdExpandToLeftNestedChains()
    {
        Assert.Equal(new Add(new Add(S("z0"), S("z1")), S("z2")), ParseExpr("sum(k in 0..2: z[k])"));
        Assert.Equal(new Multiply(new Exp(S("a1")), new Exp(S("a2"))), ParseExpr("prod(k in 1..2: exp(a[k]))"));
        Assert.Equal(C(0), ParseExpr("sum(k in 1..0: z[k])"));
        Assert.Equal(C(1), ParseExpr("prod(k in 1..0: z[k])"));
        Assert.Equal(
            new Add(new Add(new Add(S("v00"), S("v01")), S("v10")), S("v11")),
            ParseExpr("sum(i, j in 0..1: v[i, j])"));
        Assert.Equal(
            new Divide(new Exp(S("z1")), new Add(new Add(new Exp(S("z0")), new Exp(S("z1"))), new Exp(S("z2")))),
            ParseExpr("exp(z1) / sum(k in 0..2: exp(z[k]))"));
    }

    [Fact]
    public void SolveListsUnknownsAndForAll()
    {
        var solve = Solve("solve w0, w1, b: sigmoid(w0*x0 + w1*x1 + b) == softmax([v00*x0 + v01*x1 + c0, v10*x0 + v11*x1 + c1], 0) for all x0, x1");
        Assert.Equal([S("w0"), S("w1"), S("b")], solve.Unknowns);
        Assert.Equal([S("x0"), S("x1")], solve.ForAll);
        Assert.Equal(new Sigmoid(new Add(new Add(new Multiply(S("w0"), S("x0")), new Multiply(S("w1"), S("x1"))), S("b"))), solve.Left);
        Assert.IsType<Softmax>(solve.Right);
    }

    [Fact]
    public void SolveWithoutForAllQuantifiesEveryOtherSymbolInOrderOfAppearance()
    {
        var solve = Solve("solve w, b: sigmoid(w * x + b) == softmax([u * x + c, 0], 0)");
        Assert.Equal([S("x"), S("u"), S("c")], solve.ForAll);

        var none = Solve("solve w[0..1]: w0 * x == w1 for all ()");
        Assert.Equal([S("w0"), S("w1")], none.Unknowns);
        Assert.Empty(none.ForAll);
    }

    [Fact]
    public void WhereSubstitutesEverywhere()
    {
        var claim = ParseClaim("diff(cross_entropy([z0, z1, z2], [y0, y1, y2]), z0) == softmax([z0, z1, z2], 0) - y0 where y2 = 1 - y0 - y1");
        var y2 = new Subtract(new Subtract(C(1), S("y0")), S("y1"));
        Assert.Equal(
            Eq(
                new Derivative(new CrossEntropy(L(S("z0"), S("z1"), S("z2")), L(S("y0"), S("y1"), y2)), S("z0")),
                new Subtract(new Softmax(L(S("z0"), S("z1"), S("z2")), 0), S("y0"))),
            claim);

        var several = ParseClaim("a * b == c where a = 2, b = x + 1");
        Assert.Equal(Eq(new Multiply(C(2), new Add(S("x"), C(1))), S("c")), several);

        var inFamily = Family("for i in 0..2: y[i] == y[i] where y2 = 1 - y0 - y1");
        Assert.Equal(Eq(y2, y2), inFamily.Instances[2].Claim);
        Assert.Equal(Eq(S("y0"), S("y0")), inFamily.Instances[0].Claim);
    }

    [Fact]
    public void SolveWithWhereLeavesTheSubstitutedSymbolOutOfForAll()
    {
        var solve = Solve("solve w: w * y0 == y1 where y1 = 1 - y0");
        Assert.Equal([S("y0")], solve.ForAll);
        Assert.Equal(new Subtract(C(1), S("y0")), solve.Right);
    }

    [Fact]
    public void AClaimMaySpanLinesWithCommentsAndKeepsPositions()
    {
        const string text = """
            # the Jacobian, written over three lines
            for i, j in 0..1:              # indices
              diff(softmax([z[0..1]], i), z[j])
                == softmax([z[0..1]], i) * (delta(i, j) - softmax([z[0..1]], j))
            """;
        Assert.Equal(4, Family(text).Instances.Count);

        var error = ParseFailure(text.Replace("delta(i, j)", "delta(i, k)", StringComparison.Ordinal));
        Assert.Equal((4, 42), (error.Line, error.Column));
        Assert.Contains("'k' is a symbol", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFileGivesOneResultPerClaimLineAndGoesOnAfterErrors()
    {
        const string text = "# header\n\nsigmoid(x) == 1 - sigmoid(-x)\ngelu(x) == 0   # wrong\n  \nexp(x) == \\\n  exp(x)\r\nx ==\n";
        var lines = ClaimParser.ParseFile(text);

        Assert.Equal([3, 4, 6, 8], lines.Select(l => l.Line));
        Assert.True(lines[0].Result.IsSuccess);
        Assert.Equal((4, 1), (lines[1].Result.Error!.Line, lines[1].Result.Error!.Column));
        Assert.Equal(Eq(new Exp(S("x")), new Exp(S("x"))), lines[2].Result.Value);
        Assert.Equal("exp(x) == \\\n  exp(x)", lines[2].Text);
        Assert.Equal((8, 5), (lines[3].Result.Error!.Line, lines[3].Result.Error!.Column));
    }

    [Fact]
    public void SubstitutionRewritesTreesAndKeepsUnchangedOnes()
    {
        var tree = new Add(new Softmax(L(S("a"), S("b")), 0), new Derivative(new Sigmoid(S("b")), S("x")));
        var map = new Dictionary<Symbol, Expr> { [S("b")] = C(2) };
        Assert.Equal(new Add(new Softmax(L(S("a"), C(2)), 0), new Derivative(new Sigmoid(C(2)), S("x"))), Substitution.Apply(tree, map));
        Assert.Same(tree, Substitution.Apply(tree, S("q"), C(1)));
        Assert.Equal(C(7), Substitution.Apply(S("y"), S("y"), C(7)));

        Assert.Null(Substitution.FindConflict(tree, map));
        Assert.NotNull(Substitution.FindConflict(tree, new Dictionary<Symbol, Expr> { [S("x")] = C(1) }));
        Assert.NotNull(Substitution.FindConflict(tree, new Dictionary<Symbol, Expr> { [S("b")] = S("x") }));
        Assert.Throws<ArgumentException>(() => Substitution.Apply(tree, S("x"), C(1)));
    }

    [Fact]
    public void SubstitutionIsSimultaneous()
    {
        var swapped = Substitution.Apply(new Subtract(S("a"), S("b")), new Dictionary<Symbol, Expr> { [S("a")] = S("b"), [S("b")] = S("a") });
        Assert.Equal(new Subtract(S("b"), S("a")), swapped);
    }

    [Fact]
    public void InstancesCarryTheirIndicesSortedByName()
    {
        var family = Family("for j in 0..0, i in 1..1: x[i, j] == 0");
        Assert.Equal(ImmutableSortedDictionary<string, int>.Empty.Add("i", 1).Add("j", 0), family.Instances[0].Indices);
        Assert.Equal(["i", "j"], family.Instances[0].Indices.Keys);
    }
}
