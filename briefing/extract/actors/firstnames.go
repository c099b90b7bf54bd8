package actors

import "strings"

// firstNames is the project's own list of common given names in English-
// language news (Anglo, European, Arabic, Turkish, Slavic, Asian), used as
// evidence that a capitalised pair of words names a person.
var firstNames = set(strings.Fields(`
Aaron Abdel Abdul Abdullah Abu Adam Adrian Ahmad Ahmed Al Alan Alastair Albert Alberto Alex Alexander
Alexandra Alexei Ali Alice Alison Alistair Amanda Amy Ana Andre Andrea Andreas Andrew Andrei Andy Angela
Ann Anna Anne Anthony Antonio Arnold Arsene Ashley Barack Barbara Bashar Ben Benjamin Bernard Bernie Beth
Bill Bob Boris Brad Brendan Brian Bruce Carl Carlos Caroline Catherine Charles Charlie Chris Christian
Christine Christopher Claire Colin Craig Dan Daniel Danny Darren Dave David Dean Deborah Denis Dennis
Diana Dick Dimitri Dmitry Dmitri Dominic Don Donald Doug Douglas Ed Eddie Edward Elizabeth Ellen Emily
Emma Emmanuel Eric Erik Fatima Felix Fernando Francis Francois Frank Fred Gary Gavin Geoff Geoffrey George
Gerhard Gordon Graham Greg Gregory Hamid Hannah Harold Harry Hassan Heather Helen Henry Hillary Hugh Hussein
Iain Ian Igor Ivan Jack Jackie Jacques James Jamie Jan Jane Janet Jason Javier Jean Jeb Jeff Jeffrey
Jennifer Jeremy Jerry Jessica Jim Jimmy Joan Joe Joel Johan John Johnny Jon Jonathan Jorge Jose Joseph
Josh Juan Julia Julian Julie Justin Karen Karl Kate Katherine Keith Kelly Ken Kenneth Kevin Kim Kofi
Kurt Laura Lauren Lee Leon Linda Lisa Louis Louise Luis Luke Mahmoud Marco Margaret Maria Marie Mario Mark
Martin Mary Matt Matthew Maurice Max Michael Michel Michelle Mick Mike Mikhail Mohamed Mohammad Mohammed
Muhammad Mustafa Nancy Natalie Neil Nicholas Nick Nicola Nicolas Nigel Nikolai Oliver Omar Oscar Owen
Pat Patricia Patrick Paul Paula Pedro Peter Phil Philip Pierre Rachel Rafael Ralph Ray Recep Rebecca
Richard Rick Rob Robert Robin Roger Roman Ron Ronald Rory Ross Roy Russell Ruth Ryan Sam Samuel Sarah
Scott Sean Sebastian Sergei Sergey Shaun Sharon Simon Sophie Stephen Steve Steven Stuart Susan Tahir
Tayyip Ted Terry Theresa Thomas Tim Timothy Tom Tommy Tony Valerie Viktor Vincent Vladimir Walter
Wayne William Yasser Yuri Zoe Ahmet Mehmet Mevlut Hulusi Binali Emine Kemal Hakan Ibrahim Yusuf
Hillary Kamala Mitt Marco Ted Rand Ben Carly Chris Bobby Lindsey Rick Mike Newt Nancy Chuck Harry
Joe Bernie Elizabeth Jeb Scott Ivanka Melania Jared Reince Corey Kellyanne Sergio Xi Jinping Shinzo
Angela Emmanuel Jacques Gerhard Silvio Romano Jose Luiz Lula Hugo Nicolas Evo Benjamin Ariel Ehud
Mahmoud Hosni Muammar Saddam Hamad Salman Mohammed Bashar Hafez Hassan Ali Abdel Fattah Recep Ahmet
Vladimir Dmitry Sergei Sergey Viktor Petro Volodymyr Yulia Alexei Mikhail Boris Gordon Tony David Theresa
Nick Ed Jeremy Michael Charles Kenneth Gerry Ming Hu Wen Jiabao Junichiro Roh Moo Kofi Ban Ki Condoleezza
Colin Dick Donald Condi Paul Gwyneth Leonardo Brad Angelina Jennifer Tom Johnny Kylie Madonna Elton Robbie
Thierry Wayne Rio Frank Steven Jose Alex Sven Rafael Roger Serena Venus Andy Tim Lleyton Maria Paula
Kelly Jonny Brian Gareth Lawrence Jose Claudio Luis Dwight Kieron Denise Jay Charlotte Tessa Patricia
Ruud Ronaldo Didier Arjen Cesc Fabio Ashley Sol Jermain Jamie Tony Gerard Jermaine Shaun Darius Carlo
Liam Noel Damon Bono Jay Quentin Martin Clint Hilary Kevin Jamie Kate Keira Cate Nicole Julia Sandra
Meryl Russell Jude Ewan Orlando Natalie Scarlett Hugh Colin Ricky Simon Sharon Danny Ozzy Pete Dido
Bruce Bob Stevie Elvis Brian Ray Jamie Leslie Joss Katie Bill Steve Larry Sergey Jeff Carly Craig Mark
Nicholas Ewan Dan Gill Jill Jo Kath Kay Mel Meg Rosie Sue Val Vic Viv Zac Zack Ahmed Rashid Nawaz Pervez
Benazir Manmohan Sonia Rahul Atal Lal Narendra Imran Hamid Ashraf Nouri Haider Masoud Jalal Massoud
`)...)
