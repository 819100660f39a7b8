using System.Collections.Immutable;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Tests.Expressions.Indexed;

public class IndexTermTests
{
    [Fact]
    public void AnIndexVariableWithoutAValueIsReportedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => new IndexVariable("m").ValueAt(3, ImmutableDictionary<string, int>.Empty));

        Assert.Equal("indices", error.ParamName);
        Assert.Contains("'m'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EachFormHasItsValueAtAConcreteLength()
    {
        var indices = ImmutableDictionary<string, int>.Empty.Add("i", 2);

        Assert.Equal(2, new IndexVariable("i").ValueAt(5, indices));
        Assert.Equal(0, new IndexConstant(0).ValueAt(5, indices));
        Assert.Equal(4, new IndexFromEnd("n", 1).ValueAt(5, indices));
    }
}
