// Passwords that lead every leaked-password list. Shorter ones are already refused by the
// 8-character minimum, so only 8+ characters are listed. Compared lower-cased.
const list = `
password password1 password12 password123 password1234 passw0rd p@ssw0rd p@ssword pa$$word
12345678 123456789 1234567890 12345678910 0123456789 01234567 87654321 987654321 9876543210
11111111 111111111 1111111111 00000000 000000000 0000000000 88888888 66666666 12341234 11223344
123123123 123321123 1234qwer 1q2w3e4r 1q2w3e4r5t 1qaz2wsx 1qazxsw2 zaq12wsx zaq1zaq1 q1w2e3r4
qwertyui qwertyuiop qwerty123 qwerty12 qwerty1234 qwertyu1 asdfghjk asdfghjkl asdf1234 zxcvbnm1
zxcvbnm123 abcd1234 abc12345 abcdefgh abcdefg1 aa123456 a1234567 a1b2c3d4 abcd12345
iloveyou iloveyou1 iloveyou2 princess1 sunshine sunshine1 football football1 baseball baseball1
basketball superman batman123 starwars trustno1 whatever welcome1 welcome123 letmein1 letmein123
monkey123 dragon123 master123 shadow123 michael1 jennifer charlie1 computer internet
changeme changeme1 secret123 default1 administrator admin123 admin1234 adminadmin rootroot
qazwsxedc 1qaz2wsx3edc q1w2e3r4t5 passpass testtest test1234 test12345 guest123 user1234
indonesia jakarta123 bismillah sayangku cintaku1 rahasia123 katasandi kata sandi
lms-demo-2026 lmsdemo2026 learning student1 student123 teacher1 teacher123 school123
`;

export const commonPasswords: ReadonlySet<string> = new Set(list.split(/\s+/).filter((word) => word.length >= 8));
