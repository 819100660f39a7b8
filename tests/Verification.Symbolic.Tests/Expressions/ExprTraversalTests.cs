using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Expressions;

/// <summary>
/// The walks of <see cref="ExprTraversal"/> on trees whose answer is known by counting, and the promise of
/// <see cref="ExprTraversal.MapChildren"/> that a map which changes nothing returns the very same node.
/// </summary>
public class ExprTraversalTests
{
    private static readonly Symbol X = new("x");
    private static readonly Symbol Y = new("y");

    [Fact]
    public void HeightCountsTheNodesOnTheLongestPathFromTheRoot()
    {
        Assert.Equal(1, ExprTraversal.Height(X));

        // σ(x + 1)·y: Multiply → Sigmoid → Add → x, four nodes; the short branch y does not count.
        Assert.Equal(4, ExprTraversal.Height(new Multiply(new Sigmoid(new Add(X, 1)), Y)));

        // x·y + exp(log(x)): the deep branch on the right, Add → Exp → Log → x.
        Assert.Equal(4, ExprTraversal.Height(new Add(new Multiply(X, Y), new Exp(new Log(X)))));
    }

    [Fact]
    public void TheVariableOfADerivativeIsFreeAndComesRightAfterItsBody()
    {
        // d/dx σ(y) at a point x depends on x even though x is not a child of the node.
        var derivative = new Derivative(new Sigmoid(Y), X);

        Assert.Equal([Y, X], ExprTraversal.FreeSymbols(derivative));
        Assert.Equal([new Sigmoid(Y)], ExprTraversal.Children(derivative));
        Assert.True(ExprTraversal.Contains(derivative, X));
    }

    [Fact]
    public void FreeSymbolNamesAreInOrdinalOrderWhateverTheOrderOfOccurrence()
    {
        var expression = new Add(new Symbol("b"), new Multiply(new Symbol("a"), new Symbol("c")));

        Assert.Equal([new Symbol("b"), new Symbol("a"), new Symbol("c")], ExprTraversal.FreeSymbols(expression));
        Assert.Equal(["a", "b", "c"], ExprTraversal.FreeSymbolNames(expression));
    }

    private static readonly Dictionary<string, Action> CallsWithANullArgument = new()
    {
        ["MapChildren(x, null)"] = () => ExprTraversal.MapChildren(X, null!),
        ["PreOrder(null)"] = () => ExprTraversal.PreOrder(null!).ToList(),
        ["Height(null)"] = () => ExprTraversal.Height(null!),
        ["Contains(null, x)"] = () => ExprTraversal.Contains(null!, X),
        ["Contains(x, null)"] = () => ExprTraversal.Contains(X, null!),
        ["UnknownNode(null)"] = () => ExprTraversal.UnknownNode(null!),
    };

    [Theory]
    [InlineData("MapChildren(x, null)", "map")]
    [InlineData("PreOrder(null)", "root")]
    [InlineData("Height(null)", "root")]
    [InlineData("Contains(null, x)", "expression")]
    [InlineData("Contains(x, null)", "symbol")]
    [InlineData("UnknownNode(null)", "expression")]
    public void AMissingArgumentIsRefusedByName(string call, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(CallsWithANullArgument[call]).ParamName);

    [Fact]
    public void TheErrorForAnUnknownNodeNamesItsType()
    {
        var error = ExprTraversal.UnknownNode(new Sigmoid(X));

        Assert.Contains(nameof(Sigmoid), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnElementwiseVectorIsKeptWhenItsElementIsAndRebuiltWhenItChanges()
    {
        var softmax = Assert.IsType<IndexedSoftmax>(GeneralLeft("for all n >= 1, i in 0..n-1: softmax(z + c, i) == softmax(z, i)"));

        Assert.Same(softmax, ExprTraversal.MapChildren(softmax, child => child));

        var doubled = Assert.IsType<IndexedSoftmax>(ExprTraversal.MapChildren(softmax, child => new Multiply(2, child)));
        Assert.Equal(new Multiply(2, softmax.Logits.Element), doubled.Logits.Element);
        Assert.Equal(softmax.Index, doubled.Index);
    }

    [Fact]
    public void AnIndexedCrossEntropyIsRebuiltWhenEitherVectorChanges()
    {
        var crossEntropy = Assert.IsType<IndexedCrossEntropy>(GeneralLeft("for all n >= 1: cross_entropy(z + c, y) == cross_entropy(z, y)"));
        var (logits, targets) = (crossEntropy.Logits.Element, crossEntropy.Targets.Element);

        Assert.Same(crossEntropy, ExprTraversal.MapChildren(crossEntropy, child => child));

        var newLogits = Assert.IsType<IndexedCrossEntropy>(ExprTraversal.MapChildren(crossEntropy, child => ReferenceEquals(child, logits) ? new Negate(child) : child));
        Assert.Equal(new Negate(logits), newLogits.Logits.Element);
        Assert.Same(targets, newLogits.Targets.Element);

        var newTargets = Assert.IsType<IndexedCrossEntropy>(ExprTraversal.MapChildren(crossEntropy, child => ReferenceEquals(child, targets) ? new Negate(child) : child));
        Assert.Same(logits, newTargets.Logits.Element);
        Assert.Equal(new Negate(targets), newTargets.Targets.Element);
    }

    [Fact]
    public void ACrossEntropyOfListsIsKeptWhenNoEntryChanges()
    {
        var crossEntropy = Assert.IsType<CrossEntropy>(ClaimParser.ParseExpression("cross_entropy([x, y], [1/2, 1/2])").GetValueOrThrow());

        Assert.Same(crossEntropy, ExprTraversal.MapChildren(crossEntropy, child => child));

        var swapped = Assert.IsType<CrossEntropy>(ExprTraversal.MapChildren(crossEntropy, child => child == X ? Y : child));
        Assert.Equal(new ExprList(Y, Y), swapped.Logits);
        Assert.Same(crossEntropy.Targets, swapped.Targets);
    }

    private static Expr GeneralLeft(string claim) =>
        Assert.IsType<GeneralClaim>(ClaimParser.Parse(claim).GetValueOrThrow()).Identity.Left;
}
