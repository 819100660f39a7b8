using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Tests.Expressions.Indexed;

/// <summary>
/// Replacing an index variable by a position, as the every-n decider does when it splits a sum into named
/// positions: free occurrences change, occurrences under a binder of the same name do not, and an expression
/// where nothing changes comes back as the same instance (callers detect "does not occur" by reference).
/// </summary>
public class IndexSubstitutionTests
{
    private static readonly IndexTerm Zero = new IndexConstant(0);

    [Theory]
    [InlineData("softmax")]
    [InlineData("log_softmax")]
    public void TheLogitsAndThePositionOfASoftmaxChangeIndependently(string function)
    {
        // softmax(z + w[i], j): i is free in every logit, j is the position.
        var softmax = GeneralLeft($"for all n >= 1, i, j in 0..n-1: {function}(z + w[i], j) == {function}(z, j)");

        Assert.Equal($"{function}(z + w[0], j)", PlainTextPrinter.Print(IndexSubstitution.Apply(softmax, "i", Zero)));
        Assert.Equal($"{function}(z + w[i], 0)", PlainTextPrinter.Print(IndexSubstitution.Apply(softmax, "j", Zero)));
        Assert.Same(softmax, IndexSubstitution.Apply(softmax, "m", Zero));
    }

    [Fact]
    public void TheIndexThatRunsOverAVectorShadowsTheSameName()
    {
        var softmax = Assert.IsType<IndexedSoftmax>(GeneralLeft("for all n >= 1, i, j in 0..n-1: softmax(z + w[i], j) == softmax(z, j)"));
        var runningIndex = softmax.Logits.Index;

        // Inside the vector, z stands for z[runningIndex]: that binder is not the free variable of the same name.
        Assert.Same(softmax, IndexSubstitution.Apply(softmax, runningIndex, Zero));
        Assert.False(IndexSubstitution.Occurs(softmax, runningIndex));
    }

    [Fact]
    public void TheBodyAndTheVariableOfAnEntryDerivativeChangeIndependently()
    {
        var derivative = Assert.IsType<EntryDerivative>(GeneralLeft(
            "for all n >= 1, i, j in 0..n-1: diff(softmax(z, i), z[j]) == softmax(z, i) * (delta(i, j) - softmax(z, j))"));

        var atFirstPosition = Assert.IsType<EntryDerivative>(IndexSubstitution.Apply(derivative, "i", Zero));
        Assert.Equal(IndexSubstitution.Apply(derivative.Body, "i", Zero), atFirstPosition.Body);
        Assert.NotEqual(derivative.Body, atFirstPosition.Body);
        Assert.Same(derivative.Variable, atFirstPosition.Variable);

        var byFirstEntry = Assert.IsType<EntryDerivative>(IndexSubstitution.Apply(derivative, "j", Zero));
        Assert.Same(derivative.Body, byFirstEntry.Body);
        Assert.Equal(new Entry("z", Zero), byFirstEntry.Variable);

        Assert.Same(derivative, IndexSubstitution.Apply(derivative, "m", Zero));
    }

    [Fact]
    public void OccursSeesFreeIndexVariablesOnly()
    {
        var sum = GeneralLeft("for all n >= 1, j in 0..n-1: sum(i in 0..n-1: softmax(z, i) * g[j]) == g[j]");

        Assert.True(IndexSubstitution.Occurs(sum, "j"));
        Assert.False(IndexSubstitution.Occurs(sum, "i"));
        Assert.False(IndexSubstitution.Occurs(sum, "m"));
    }

    private static readonly Dictionary<string, Action> CallsWithANullArgument = new()
    {
        ["Apply(null, i, 0)"] = () => IndexSubstitution.Apply(null!, "i", Zero),
        ["Apply(x, null, 0)"] = () => IndexSubstitution.Apply(new Symbol("x"), null!, Zero),
        ["Apply(x, i, null)"] = () => IndexSubstitution.Apply(new Symbol("x"), "i", null!),
        ["Occurs(null, i)"] = () => IndexSubstitution.Occurs(null!, "i"),
    };

    [Theory]
    [InlineData("Apply(null, i, 0)", "expression")]
    [InlineData("Apply(x, null, 0)", "variable")]
    [InlineData("Apply(x, i, null)", "replacement")]
    [InlineData("Occurs(null, i)", "expression")]
    public void AMissingArgumentIsRefusedByName(string call, string parameter) =>
        Assert.Equal(parameter, Assert.Throws<ArgumentNullException>(CallsWithANullArgument[call]).ParamName);

    private static Expr GeneralLeft(string claim) =>
        Assert.IsType<GeneralClaim>(ClaimParser.Parse(claim).GetValueOrThrow()).Identity.Left;
}
