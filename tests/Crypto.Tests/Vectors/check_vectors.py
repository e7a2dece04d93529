#!/usr/bin/env python3
"""Cross-checks the published vectors transcribed into tests/Portable.Tests/Crypto and
agent-core/Crypto/CryptoSelfTest.cs against an independent implementation (Python's hashlib/hmac and
the `cryptography` package, i.e. OpenSSL), so that a transcription error cannot pass as a backend bug
or hide one. Each must print "ok"; run: python3 check_vectors.py [--long] (--long adds RFC 7748's
1,000,000-round X25519 vector, a few minutes). Not run by CI: the C# tests hold the same values.

ChaCha20 note: OpenSSL's 16-byte ChaCha20 "nonce" is state words 12-15 verbatim, i.e. the 64-bit
counter then the 64-bit nonce of the original layout, which is how the RFC 8439 vectors are mapped.
"""
import sys
import hashlib, hmac

ED25519_VECTORS = """
name=TEST 1
sk=9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60
pk=d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a
msg=
sig=e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b

name=TEST 2
sk=4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb
pk=3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c
msg=72
sig=92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00

name=TEST 3
sk=c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7
pk=fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025
msg=af82
sig=6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a

name=TEST 1024
sk=f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5
pk=278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e
msg=08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98fa6e264bf09efe12ee50f8f54e9f77b1e355f6c50544e23fb1433ddf73be84d879de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d658675fc6ea534e0810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc1a858efcb8550ee3a5e1998bd177e93a7363c344fe6b199ee5d02e82d522c4feba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e06203b33890cc9b832f79ef80560ccb9a39ce767967ed628c6ad573cb116dbefefd75499da96bd68a8a97b928a8bbc103b6621fcde2beca1231d206be6cd9ec7aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed185ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2d17ba70eb6248e594e1a2297acbbb39d502f1a8c6eb6f1ce22b3de1a1f40cc24554119a831a9aad6079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f27088d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc2732e69485bbc9c90bfbd62481d9089beccf80cfe2df16a2cf65bd92dd597b0707e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128bab27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51addd3b75a2b1ae0784504df543af8969be3ea7082ff7fc9888c144da2af58429ec96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9b47acdb751fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c42f58c30c04aafdb038dda0847dd988dcda6f3bfd15c4b4c4525004aa06eeff8ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34dff7310fdc82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08d78ff4ef5d63653a65040cf9bfd4aca7984a74d37145986780fc0b16ac451649de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e488acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a32ef5b52a1ecc820e308aa342721aac0943bf6686b64b2579376504ccc493d97e6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5fb93246f6b1116398a346f1a641f3b041e989f7914f90cc2c7fff357876e506b50d334ba77c225bc307ba537152f3f1610e4eafe595f6d9d90d11faa933a15ef1369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380db2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c0618983f8741c5ef68d3a101e8a3b8cac60c905c15fc910840b94c00a0b9d0
sig=0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03

name=SHA(abc)
sk=833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42
pk=ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf
msg=ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f
sig=dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704
"""
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.poly1305 import Poly1305
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives import serialization
h = bytes.fromhex
ok = True
def check(name, got, exp):
    global ok
    if got.hex() != exp:
        ok = False
        print("MISMATCH", name, got.hex(), exp)
    else:
        print("ok", name)

M448 = b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
M896 = b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
assert len(M448) * 8 == 448 and len(M896) * 8 == 896
for name, msg, e256, e512 in [
    ("abc", b"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"),
    ("empty", b"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"),
    ("448", M448, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c33596fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445"),
    ("896", M896, "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1", "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909"),
    ("million a", b"a" * 1000000, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"),
]:
    check("sha256 " + name, hashlib.sha256(msg).digest(), e256)
    check("sha512 " + name, hashlib.sha512(msg).digest(), e512)

hm = [
    (b"\x0b" * 20, b"Hi There", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7", "87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854"),
    (b"Jefe", b"what do ya want for nothing?", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", "164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea2505549758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737"),
    (b"\xaa" * 20, b"\xdd" * 50, "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe", "fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb"),
    (bytes(range(1, 26)), b"\xcd" * 50, "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b", "b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3dba91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd"),
    (b"\x0c" * 20, b"Test With Truncation", "a3b6167473100ee06e0c796c2955552b", "415fad6271580a531d4179bc891d87a6"),
    (b"\xaa" * 131, b"Test Using Larger Than Block-Size Key - Hash Key First", "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54", "80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f3526b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598"),
    (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than block-size data. The key needs to be hashed before being used by the HMAC algorithm.", "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2", "e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58"),
]
for i, (k, d, e256, e512) in enumerate(hm, 1):
    check("hmac256 case %d" % i, hmac.new(k, d, "sha256").digest()[: len(e256) // 2], e256)
    check("hmac512 case %d" % i, hmac.new(k, d, "sha512").digest()[: len(e512) // 2], e512)

def x25519(k, u):
    return X25519PrivateKey.from_private_bytes(k).exchange(X25519PublicKey.from_public_bytes(u))
check("x25519 v1", x25519(h("a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4"), h("e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")), "c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552")
check("x25519 v2", x25519(h("4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d"), h("e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493")), "95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957")
k = u = (9).to_bytes(32, "little")
for i in range(1, 1001):
    k, u = x25519(k, u), k
    if i == 1: check("x25519 iter 1", k, "422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079")
check("x25519 iter 1000", k, "684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51")
ap = h("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
bp = h("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
nine = (9).to_bytes(32, "little")
check("x25519 alice pub", x25519(ap, nine), "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a")
check("x25519 bob pub", x25519(bp, nine), "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")
check("x25519 shared", x25519(ap, h("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f")), "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742")

ed = ED25519_VECTORS.strip().split("\n\n")
for block in ed:
    f = dict(line.split("=", 1) for line in block.strip().split("\n"))
    sk = Ed25519PrivateKey.from_private_bytes(h(f["sk"]))
    pk = sk.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    msg = h(f["msg"])
    check("ed25519 %s pk" % f["name"], pk, f["pk"])
    check("ed25519 %s sig (len %d)" % (f["name"], len(msg)), sk.sign(msg), f["sig"])
    Ed25519PublicKey.from_public_bytes(pk).verify(h(f["sig"]), msg)

def chacha(key, words1215, data):
    return Cipher(algorithms.ChaCha20(key, words1215), mode=None).encryptor().update(data)
key = bytes(range(32))
check("chacha 2.3.2", chacha(key, h("0100000000000009" + "0000004a00000000"), bytes(64)),
      "10f1e7e4d13b5915500fdd1fa32071c4c7d1f4c733c068030422aa9ac3d46c4ed2826446079faa0914c2d705d98b02a2b5129cd1de164eb9cbd083e8a2503c4e")
pt = b"Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it."
assert len(pt) == 114
check("chacha 2.4.2", chacha(key, h("0100000000000000" + "0000004a00000000"), pt),
      "6e2e359a2568f98041ba0728dd0d6981e97e7aec1d4360c20a27afccfd9fae0bf91b65c5524733ab8f593dabcd62b3571639d624e65152ab8f530c359f0861d807ca0dbf500d6a6156a38e088a22b65e52bc514d16ccf806818ce91ab77937365af90bbf74a35be6b40b8eedf2785e42874d")

def poly(key, msg):
    return Poly1305.generate_tag(key, msg)
check("poly 2.5.2", poly(h("85d6be7857556d337f4452fe42d506a80103808afb0db2fd4abff6af4149f51b"), b"Cryptographic Forum Research Group"), "a8061dc1305136c6c22b8baf0c0127a9")
ietf = (b"Any submission to the IETF intended by the Contributor for publication as all or part of an IETF "
        b"Internet-Draft or RFC and any statement made within the context of an IETF activity is considered an "
        b"\"IETF Contribution\". Such statements include oral statements in IETF sessions, as well as written and "
        b"electronic communications made at any time or place, which are addressed to")
assert len(ietf) == 375
s36 = "36e5f6b5c5e06070f0efca96227a863e"
check("poly A.3 #1", poly(bytes(32), bytes(64)), "00" * 16)
check("poly A.3 #2", poly(bytes(16) + h(s36), ietf), s36)
check("poly A.3 #3", poly(h(s36) + bytes(16), ietf), "f3477e7cd95417af89a6b8794c310cf0")
jab = b"'Twas brillig, and the slithy toves\nDid gyre and gimble in the wabe:\nAll mimsy were the borogoves,\nAnd the mome raths outgrabe."
check("poly A.3 #4", poly(h("1c9240a5eb55d38af333888604f6b5f0473917c1402b80099dca5cbc207075c0"), jab), "4541669a7eaaee61e708dc7cbcc5eb62")
r2 = "02" + "00" * 15
r1 = "01" + "00" * 15
check("poly A.3 #5", poly(h(r2 + "00" * 16), h("ff" * 16)), "03" + "00" * 15)
check("poly A.3 #6", poly(h(r2 + "ff" * 16), h("02" + "00" * 15)), "03" + "00" * 15)
check("poly A.3 #7", poly(h(r1 + "00" * 16), h("ff" * 16 + "f0" + "ff" * 15 + "11" + "00" * 15)), "05" + "00" * 15)
check("poly A.3 #8", poly(h(r1 + "00" * 16), h("ff" * 16 + "fb" + "fe" * 15 + "01" * 16)), "00" * 16)
check("poly A.3 #9", poly(h(r2 + "00" * 16), h("fd" + "ff" * 15)), "fa" + "ff" * 15)
r10 = "0100000000000000" + "0400000000000000"
d10 = "e33594d7505e43b900000000000000003394d7505e4379cd01000000000000000000000000000000000000000000000001000000000000000000000000000000"
check("poly A.3 #10", poly(h(r10 + "00" * 16), h(d10)), "14000000000000005500000000000000")
check("poly A.3 #11", poly(h(r10 + "00" * 16), h(d10[:96])), "13000000000000000000000000000000")

check("chacha counter carry", chacha(key, h("ffffffff00000000" + "0000000000000000"), bytes(128)),
      "1ce0deb8925fccea2d5587e850054559edcbbeb1a6c8e1c02c1e89abba08b01cad6048fe5ab5242ed6befbef6b4040fcb666a5f3858d942a912c4e8800301a42"
      "d838fb09536e2e3a10e8f23f486273a69f42d8e640d781ede384793c34c32564fc4361e5d5c5b620583b0528192f4c6109f23a0e14398ee6537cdcf2cd610ea2")

def ctr(key, ctr0, data):
    return Cipher(algorithms.AES(key), modes.CTR(ctr0)).encryptor().update(data)
ptb = h("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e5130c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710")
c0 = h("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff")
check("aes128 ctr F.5.1", ctr(h("2b7e151628aed2a6abf7158809cf4f3c"), c0, ptb), "874d6191b620e3261bef6864990db6ce9806f66b7970fdff8617187bb9fffdff5ae4df3edbd5d35e5b4f09020db03eab1e031dda2fbe03d1792170a0f3009cee")
check("aes256 ctr F.5.5", ctr(h("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4"), c0, ptb), "601ec313775789a5b7a7f504bbf3d228f443e3ca4d62b59aca84e990cacaf5c52b0930daa23de94ce87017ba2d84988ddfc9c58db67aada613c2dd08457941a6")
check("aes128 ctr wrap", ctr(bytes(16), b"\xff" * 16, bytes(48)),
      "3f5b8cc9ea855a0afa7347d23e8d664e66e94bd4ef8a2c3b884cfa59ca342b2e58e2fccefa7e3061367f1d57a4e7455a")
check("hmac256 empty key", hmac.new(b"", b"", "sha256").digest(), "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad")
print("ALL OK" if ok else "FAILURES")

if "--long" in sys.argv:
    k = u = (9).to_bytes(32, "little")
    for i in range(1000000):
        k, u = x25519(k, u), k
    check("x25519 iter 1000000", k, "7c3911e0ab2586fd864497297e575e6f3bc601c0883c30df5f4dd2d24f665424")
    print("ALL OK" if ok else "FAILURES")
