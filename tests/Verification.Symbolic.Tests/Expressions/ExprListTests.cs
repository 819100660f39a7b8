using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Expressions;

public class ExprListTests
{
    [Fact]
    public void TextIsTheVectorLiteralOfTheClaimLanguage()
    {
        var softmax = Assert.IsType<Softmax>(ClaimParser.ParseExpression("softmax([x, 2 * y, 1], 0)").GetValueOrThrow());

        Assert.Equal("[x, 2 * y, 1]", softmax.Logits.ToString());
        Assert.Equal("[]", new ExprList([]).ToString());
    }
}
