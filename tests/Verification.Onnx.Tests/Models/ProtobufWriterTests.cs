using Verification.Onnx.Models;

namespace Verification.Onnx.Tests.Models;

/// <summary>The wire format against the worked examples of the protocol-buffers encoding guide.</summary>
public class ProtobufWriterTests
{
    /// <summary>"Field 1 = 150" encodes as 08 96 01: key (1 « 3 | 0) = 08, then 150 = 0b1_0010110 in two varint bytes.</summary>
    [Fact]
    public void AnIntegerFieldIsAKeyAndAVarint() =>
        Assert.Equal([0x08, 0x96, 0x01], new ProtobufWriter().Integer(1, 150).ToArray());

    /// <summary>"Field 2 = "testing"" encodes as 12 07 74 65 73 74 69 6e 67: key (2 « 3 | 2) = 0x12, length 7, UTF-8.</summary>
    [Fact]
    public void AStringFieldIsAKeyALengthAndUtf8() =>
        Assert.Equal([0x12, 0x07, 0x74, 0x65, 0x73, 0x74, 0x69, 0x6e, 0x67], new ProtobufWriter().Text(2, "testing").ToArray());

    /// <summary>"Field 3 = message {field 1 = 150}" encodes as 1a 03 08 96 01.</summary>
    [Fact]
    public void AnEmbeddedMessageIsLengthDelimited() =>
        Assert.Equal([0x1a, 0x03, 0x08, 0x96, 0x01], new ProtobufWriter().Message(3, new ProtobufWriter().Integer(1, 150)).ToArray());

    /// <summary>An int64 of −1 is its two's complement as a varint: nine bytes of 0xff and a final 0x01 (ONNX's axis = −1).</summary>
    [Fact]
    public void ANegativeIntegerTakesTenVarintBytes() =>
        Assert.Equal([0x18, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01], new ProtobufWriter().Integer(3, -1).ToArray());
}
