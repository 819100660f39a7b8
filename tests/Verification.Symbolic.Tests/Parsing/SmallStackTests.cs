using Verification.Symbolic.Parsing;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>
/// On a thread with little stack, deep input is refused before the stack runs out: the recursive
/// descent checks for room at every level and the parser turns the shortage into a <see cref="ParseError"/>
/// at the claim's first line.
/// </summary>
public class SmallStackTests
{
    private static T OnSmallStack<T>(Func<T> parse)
    {
        T? result = default;
        Exception? failure = null;

        // 256 KiB: far less than 200 levels of the descent need on top of the runtime's reserve.
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = parse();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        return result!;
    }

    [Fact]
    public void DeepInputOnASmallStackIsAnErrorAtItsFirstLine()
    {
        var deep = new string('(', 198) + "x" + new string(')', 198) + " == x";

        var lines = OnSmallStack(() => ClaimParser.ParseFile("\n# deep\n" + deep));
        var error = Assert.Single(lines).Result.Error!;
        Assert.Equal((3, 1, "nested too deeply to parse"), (error.Line, error.Column, error.Message));
        Assert.Null(error.Failure);

        var expression = OnSmallStack(() => ClaimParser.ParseExpression(new string('(', 199) + "x" + new string(')', 199))).Error!;
        Assert.Equal((1, 1, "nested too deeply to parse"), (expression.Line, expression.Column, expression.Message));
    }
}
